package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The format of the model output ({@code response_format}): {@code text}, any JSON object ({@code
 * json_object}) or JSON following a schema ({@code json_schema}). This class is immutable.
 */
@JsonPropertyOrder({"type", "json_schema"})
public final class ResponseFormat {

  @JsonProperty("type")
  private @Nullable String type;

  @JsonProperty("json_schema")
  private @Nullable JsonSchema jsonSchema;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ResponseFormat() {}

  private ResponseFormat(Builder b) {
    this.type = b.type;
    this.jsonSchema = b.jsonSchema;
    this.additionalProperties = Props.copyOrNull(b.additionalProperties);
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
    Builder b = new Builder();
    b.type = type;
    b.jsonSchema = jsonSchema;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the format type: {@code text}, {@code json_object} or {@code json_schema}.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String type() {
    return type == null ? "" : type;
  }

  /**
   * Returns the schema of a {@code json_schema} format.
   *
   * @return the value, or empty when not set
   */
  public Optional<JsonSchema> jsonSchema() {
    return Optional.ofNullable(jsonSchema);
  }

  /**
   * Returns properties the server sent that this class does not model; they are written back when
   * this value is serialized.
   *
   * @return an unmodifiable map of plain Java values
   */
  public Map<String, @Nullable Object> additionalProperties() {
    return Props.view(additionalProperties);
  }

  /**
   * Returns the plain text format.
   *
   * @return the format
   */
  public static ResponseFormat ofText() {
    return builder().type("text").build();
  }

  /**
   * Returns the format "any JSON object".
   *
   * @return the format
   */
  public static ResponseFormat ofJsonObject() {
    return builder().type("json_object").build();
  }

  /**
   * Returns the format "JSON following a schema".
   *
   * @param jsonSchema the schema
   * @return the format
   */
  public static ResponseFormat ofJsonSchema(JsonSchema jsonSchema) {
    return builder()
        .type("json_schema")
        .jsonSchema(Objects.requireNonNull(jsonSchema, "jsonSchema == null"))
        .build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ResponseFormat)) {
      return false;
    }
    ResponseFormat that = (ResponseFormat) o;
    return Objects.equals(type, that.type)
        && Objects.equals(jsonSchema, that.jsonSchema)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, jsonSchema, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /**
   * Builds {@link ResponseFormat} values. Required: {@code type}; {@code jsonSchema} when the type
   * is {@code json_schema}.
   */
  public static final class Builder {
    private @Nullable String type;
    private @Nullable JsonSchema jsonSchema;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the format type: {@code text}, {@code json_object} or {@code json_schema}.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the schema of a {@code json_schema} format.
     *
     * @param jsonSchema the value, or {@code null} to unset
     * @return this builder
     */
    public Builder jsonSchema(@Nullable JsonSchema jsonSchema) {
      this.jsonSchema = jsonSchema;
      return this;
    }

    /**
     * Adds a property that this class does not model.
     *
     * @param key the JSON property name
     * @param value a plain Java value (map, list, string, number, boolean or null)
     * @return this builder
     */
    public Builder putAdditionalProperty(String key, @Nullable Object value) {
      additionalProperties.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Replaces all properties that this class does not model.
     *
     * @param additionalProperties the properties
     * @return this builder
     */
    public Builder additionalProperties(
        Map<String, ? extends @Nullable Object> additionalProperties) {
      this.additionalProperties.clear();
      this.additionalProperties.putAll(
          Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public ResponseFormat build() {
      Checks.notBlank(type, "type");
      if ("json_schema".equals(type) && jsonSchema == null) {
        throw new IllegalArgumentException("jsonSchema must be set when type is json_schema");
      }
      return new ResponseFormat(this);
    }
  }
}
