package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A named JSON schema for {@link ResponseFormat#ofJsonSchema(JsonSchema)}. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableJsonSchema.class)
@JsonPropertyOrder({"name", "description", "schema", "strict"})
public abstract class JsonSchema extends NamedSchema {

  JsonSchema() {}

  /**
   * Returns the JSON schema as plain Java values.
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("schema")
  @AllowNulls
  public abstract Map<String, Object> schema();

  /**
   * Returns a named schema.
   *
   * @param name the schema name
   * @param schema the JSON schema as plain Java values
   * @return the schema
   */
  public static JsonSchema of(String name, Map<String, ?> schema) {
    return builder().name(name).schema(schema).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link JsonSchema} values. Required: {@code name}. */
  public static final class Builder extends ImmutableJsonSchema.Builder {
    Builder() {}
  }
}
