package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A named JSON schema for {@link ResponseFormat#ofJsonSchema(JsonSchema)}. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableJsonSchema.class)
public abstract class JsonSchema implements Extensible {

  JsonSchema() {}

  /**
   * Returns the name as set or sent; {@link #name()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("name")
  protected abstract @Nullable String nameRaw();

  /**
   * Returns what the output is, for the model.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * Returns the JSON schema as plain Java values.
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("schema")
  @AllowNulls
  public abstract Map<String, Object> schema();

  /**
   * Returns whether the output must follow the schema exactly.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("strict")
  public abstract Optional<Boolean> strict();

  @Value.Check
  void check() {
    Checks.notBlank(nameRaw(), "name");
  }

  /**
   * Returns the schema name.
   *
   * @return the value, {@code ""} when absent
   */
  public String name() {
    String name = nameRaw();
    return name != null ? name : "";
  }

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
