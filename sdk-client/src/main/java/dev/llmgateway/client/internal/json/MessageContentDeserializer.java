package dev.llmgateway.client.internal.json;

import dev.llmgateway.client.chat.ContentPart;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a chat message {@code content}: a string stays a {@code String}, an array becomes a {@code
 * List<ContentPart>}; anything else is rejected.
 */
public final class MessageContentDeserializer extends ValueDeserializer<Object> {

  /** Creates the deserializer; Jackson calls this. */
  public MessageContentDeserializer() {}

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    if (t == JsonToken.START_ARRAY) {
      JavaType listType =
          ctxt.getTypeFactory().constructCollectionType(java.util.List.class, ContentPart.class);
      return ctxt.readValue(p, listType);
    }
    return ctxt.handleUnexpectedToken(Object.class, p);
  }
}
