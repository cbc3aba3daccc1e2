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

/** A tool the model may call; today always a function. This class is immutable. */
@JsonPropertyOrder({"type", "function"})
public final class Tool {

  private static final FunctionDefinition EMPTY_FUNCTION =
      Json.read("{}", FunctionDefinition.class);

  @JsonProperty("type")
  private @Nullable String type;

  @JsonProperty("function")
  private @Nullable FunctionDefinition function;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private Tool() {}

  private Tool(Builder b) {
    this.type = b.type;
    this.function = b.function;
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
    b.function = function;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the tool type, {@code function} unless set otherwise.
   *
   * @return the value, {@code &quot;function&quot;} when absent
   */
  public String type() {
    return type == null ? "function" : type;
  }

  /**
   * Returns the function.
   *
   * @return the value, a default when absent
   */
  public FunctionDefinition function() {
    return function == null ? EMPTY_FUNCTION : function;
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
   * Returns a function tool.
   *
   * @param function the function
   * @return the tool
   */
  public static Tool ofFunction(FunctionDefinition function) {
    return builder().function(function).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Tool)) {
      return false;
    }
    Tool that = (Tool) o;
    return Objects.equals(type, that.type)
        && Objects.equals(function, that.function)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, function, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /**
   * Builds {@link Tool} values. Required: {@code function}; {@code type} defaults to {@code
   * function}.
   */
  public static final class Builder {
    private @Nullable String type;
    private @Nullable FunctionDefinition function;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the tool type, {@code function} unless set otherwise.
     *
     * @param type the value, or {@code null} to unset
     * @return this builder
     */
    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the function.
     *
     * @param function the value
     * @return this builder
     */
    public Builder function(FunctionDefinition function) {
      this.function = function;
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
    public Tool build() {
      Objects.requireNonNull(function, "function must not be null");
      if (type == null) {
        type = "function";
      }
      return new Tool(this);
    }
  }
}
