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
 * A tool call of the model, answered with a {@link ChatMessage#tool(String, String)} message. This
 * class is immutable.
 */
@JsonPropertyOrder({"id", "type", "function"})
public final class ToolCall {

  private static final FunctionCall EMPTY_FUNCTION = FunctionCall.of("", "");

  @JsonProperty("id")
  private @Nullable String id;

  @JsonProperty("type")
  private @Nullable String type;

  @JsonProperty("function")
  private @Nullable FunctionCall function;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ToolCall() {}

  private ToolCall(Builder b) {
    this.id = b.id;
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
    b.id = id;
    b.type = type;
    b.function = function;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the call id that the tool message refers to.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String id() {
    return id == null ? "" : id;
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
   * Returns the called function.
   *
   * @return the value, a default when absent
   */
  public FunctionCall function() {
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
   * Returns a function tool call.
   *
   * @param id the call id
   * @param name the function name
   * @param arguments the arguments as JSON text
   * @return the call
   */
  public static ToolCall ofFunction(String id, String name, String arguments) {
    return builder().id(id).function(FunctionCall.of(name, arguments)).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ToolCall)) {
      return false;
    }
    ToolCall that = (ToolCall) o;
    return Objects.equals(id, that.id)
        && Objects.equals(type, that.type)
        && Objects.equals(function, that.function)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, function, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /**
   * Builds {@link ToolCall} values. Required: {@code id}, {@code function}; {@code type} defaults
   * to {@code function}.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String type;
    private @Nullable FunctionCall function;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the call id that the tool message refers to.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

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
     * Sets the called function.
     *
     * @param function the value
     * @return this builder
     */
    public Builder function(FunctionCall function) {
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
    public ToolCall build() {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(function, "function must not be null");
      if (type == null) {
        type = "function";
      }
      return new ToolCall(this);
    }
  }
}
