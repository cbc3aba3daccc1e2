package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A function called by the model: its name and its arguments as JSON text. This class is immutable.
 */
@JsonPropertyOrder({"name", "arguments"})
public final class FunctionCall {

  @JsonProperty("name")
  private @Nullable String name;

  @JsonProperty("arguments")
  private @Nullable String arguments;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private FunctionCall() {}

  private FunctionCall(Builder b) {
    this.name = b.name;
    this.arguments = b.arguments;
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
    b.arguments = arguments;
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
   * Returns the arguments as JSON text, as generated (may be invalid JSON).
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String arguments() {
    return arguments == null ? "" : arguments;
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
   * Returns a function call.
   *
   * @param name the function name
   * @param arguments the arguments as JSON text
   * @return the call
   */
  public static FunctionCall of(String name, String arguments) {
    return builder().name(name).arguments(arguments).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof FunctionCall)) {
      return false;
    }
    FunctionCall that = (FunctionCall) o;
    return Objects.equals(name, that.name)
        && Objects.equals(arguments, that.arguments)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, arguments, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link FunctionCall} values. Required: {@code name}, {@code arguments}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String arguments;
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
     * Sets the arguments as JSON text, as generated (may be invalid JSON).
     *
     * @param arguments the value
     * @return this builder
     */
    public Builder arguments(String arguments) {
      this.arguments = arguments;
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
    public FunctionCall build() {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(arguments, "arguments must not be null");
      return new FunctionCall(this);
    }
  }
}
