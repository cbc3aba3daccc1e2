package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A function the model may call: name, description and JSON-schema parameters. This class is
 * immutable.
 */
@JsonPropertyOrder({"name", "description", "parameters", "strict"})
public final class FunctionDefinition {

  @JsonProperty("name")
  private @Nullable String name;

  @JsonProperty("description")
  private @Nullable String description;

  private @Nullable Map<String, @Nullable Object> parameters;

  @JsonProperty("strict")
  private @Nullable Boolean strict;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private FunctionDefinition() {}

  private FunctionDefinition(Builder b) {
    this.name = b.name;
    this.description = b.description;
    this.parameters = Props.copyOrNull(b.parameters);
    this.strict = b.strict;
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
    b.name = name;
    b.description = description;
    b.parameters = parameters == null ? null : new LinkedHashMap<>(parameters);
    b.strict = strict;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the function name.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String name() {
    return name == null ? "" : name;
  }

  /**
   * Returns what the function does, for the model.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the JSON schema of the arguments, as plain Java values.
   *
   * @return an unmodifiable map, empty when absent
   */
  public Map<String, @Nullable Object> parameters() {
    return Props.view(parameters);
  }

  /**
   * Returns whether the arguments must follow the schema exactly.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> strict() {
    return Optional.ofNullable(strict);
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

  @JsonProperty("parameters")
  private @Nullable Map<String, @Nullable Object> parametersJson() {
    return parameters;
  }

  @JsonProperty("parameters")
  private void parametersJson(@Nullable Map<String, @Nullable Object> value) {
    this.parameters = value == null ? null : Collections.unmodifiableMap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof FunctionDefinition)) {
      return false;
    }
    FunctionDefinition that = (FunctionDefinition) o;
    return Objects.equals(name, that.name)
        && Objects.equals(description, that.description)
        && Props.sameProps(parameters, that.parameters)
        && Objects.equals(strict, that.strict)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        description,
        Props.propsHash(parameters),
        strict,
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link FunctionDefinition} values. Required: {@code name}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Map<String, @Nullable Object> parameters;
    private @Nullable Boolean strict;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the function name.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets what the function does, for the model.
     *
     * @param description the value, or {@code null} to unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Replaces the JSON schema of the arguments, as plain Java values.
     *
     * @param parameters the entries
     * @return this builder
     */
    public Builder parameters(Map<String, ? extends @Nullable Object> parameters) {
      this.parameters =
          new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters == null"));
      return this;
    }

    /**
     * Adds one entry to the JSON schema of the arguments, as plain Java values.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putParameter(String key, @Nullable Object value) {
      if (this.parameters == null) {
        this.parameters = new LinkedHashMap<>();
      }
      this.parameters.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Sets whether the arguments must follow the schema exactly.
     *
     * @param strict the value
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
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
    public FunctionDefinition build() {
      Checks.notBlank(name, "name");
      return new FunctionDefinition(this);
    }
  }
}
