package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The format of the model output ({@code response_format}): {@code text}, any JSON object ({@code
 * json_object}) or JSON following a schema ({@code json_schema}). This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableResponseFormat.class)
public abstract class ResponseFormat implements Extensible {

  ResponseFormat() {}

  /**
   * Returns the format type as set or sent; {@link #type()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("type")
  protected abstract @Nullable String typeRaw();

  /**
   * Returns the schema of a {@code json_schema} format.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("json_schema")
  public abstract Optional<JsonSchema> jsonSchema();

  @Value.Check
  void check() {
    Checks.notBlank(typeRaw(), "type");
    if ("json_schema".equals(typeRaw()) && jsonSchema().isEmpty()) {
      throw new IllegalArgumentException("jsonSchema must be set when type is json_schema");
    }
  }

  /**
   * Returns the format type: {@code text}, {@code json_object} or {@code json_schema}.
   *
   * @return the value, {@code ""} when absent
   */
  public String type() {
    String type = typeRaw();
    return type != null ? type : "";
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

  /**
   * Builds {@link ResponseFormat} values. Required: {@code type}; {@code jsonSchema} when the type
   * is {@code json_schema}.
   */
  public static final class Builder extends ImmutableResponseFormat.Builder {
    Builder() {}
  }
}
