package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.internal.ModelJson;
import dev.llmgateway.admin.apigee.model.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON mapper of the emulator's Apigee part (the SDK's one mapper), sdk-admin's {@link
 * ModelJson} codec (reused to read request bodies into the management API's model types and to
 * write products), and small helpers for the fields sdk-admin does not write (ids, status,
 * timestamps as strings).
 */
public final class Json {

  /** The SDK's one configured mapper (sdk-client's); thread-safe. */
  public static final JsonMapper MAPPER = dev.llmgateway.client.internal.json.Json.mapper();

  /** sdk-admin's codec of the management API model. */
  public static final ModelJson MODEL = new ModelJson(MAPPER);

  private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9]*) (must|has|is) ");

  private Json() {}

  /**
   * Returns a new empty object.
   *
   * @return the object
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Reads a request body with sdk-admin's codec, turning what the model rejects into a 400.
   *
   * @param reader the read
   * @param <T> the model type
   * @return the value
   * @throws ApiError INVALID_ARGUMENT if the model rejects the body
   */
  static <T> T read(Supplier<T> reader) {
    try {
      return reader.get();
    } catch (ApigeeException | IllegalArgumentException e) {
      Throwable cause = e instanceof ApigeeException && e.getCause() != null ? e.getCause() : e;
      String m = cause.getMessage() == null ? "invalid request body" : cause.getMessage();
      Matcher field = FIELD.matcher(m);
      throw field.lookingAt() ? ApiError.invalidField(field.group(1), m) : ApiError.invalid(m);
    }
  }

  /** Returns a required non-blank string field, or throws a field violation. */
  static String required(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw ApiError.invalidField(field, field + " is required and must be a non-empty string");
    }
    return v.asString();
  }

  /** Returns an optional string field. */
  static @Nullable String optional(JsonNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  /** Writes attributes as {@code [{"name","value"}]}. */
  static ArrayNode attributes(List<Attribute> attributes) {
    return MODEL.attributes(attributes);
  }

  /** Writes a list of strings. */
  static ArrayNode strings(List<String> values) {
    ArrayNode a = MAPPER.createArrayNode();
    values.forEach(a::add);
    return a;
  }

  /** Copies the unknown fields kept from a request into a response object. */
  static void putAdditionalProperties(ObjectNode n, Map<String, Object> additionalProperties) {
    additionalProperties.forEach((k, v) -> n.set(k, MAPPER.valueToTree(v)));
  }

  /** Returns the elements of a string array field (non-strings are rejected). */
  static List<String> stringList(JsonNode body, String field) {
    JsonNode a = body.get(field);
    List<String> out = new ArrayList<>();
    if (a == null || a.isNull()) {
      return out;
    }
    if (!a.isArray()) {
      throw ApiError.invalidField(field, field + " must be an array of strings");
    }
    for (JsonNode v : a) {
      if (!v.isString()) {
        throw ApiError.invalidField(field, field + " must be an array of strings");
      }
      out.add(v.asString());
    }
    return out;
  }
}
