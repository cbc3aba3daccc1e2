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
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A piece of a streamed tool call; pieces with the same {@code index} belong to one call. This
 * class is immutable.
 */
@JsonPropertyOrder({"index", "id", "type", "function"})
public final class ToolCallDelta {

  @JsonProperty("index")
  private int index;

  @JsonProperty("id")
  private @Nullable String id;

  @JsonProperty("type")
  private @Nullable String type;

  @JsonProperty("function")
  private @Nullable FunctionCallDelta function;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ToolCallDelta() {}

  private ToolCallDelta(Builder b) {
    this.index = b.index;
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
    b.index = index;
    b.id = id;
    b.type = type;
    b.function = function;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the position of the call among the tool calls of the choice.
   *
   * @return the value
   */
  public int index() {
    return index;
  }

  /**
   * Returns the call id, usually only in the first piece.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the tool type, usually only in the first piece.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns the function piece.
   *
   * @return the value, or empty when not set
   */
  public Optional<FunctionCallDelta> function() {
    return Optional.ofNullable(function);
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

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ToolCallDelta)) {
      return false;
    }
    ToolCallDelta that = (ToolCallDelta) o;
    return index == that.index
        && Objects.equals(id, that.id)
        && Objects.equals(type, that.type)
        && Objects.equals(function, that.function)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, id, type, function, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ToolCallDelta} values. No field is required. */
  public static final class Builder {
    private int index;
    private @Nullable String id;
    private @Nullable String type;
    private @Nullable FunctionCallDelta function;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the position of the call among the tool calls of the choice.
     *
     * @param index the value
     * @return this builder
     */
    public Builder index(int index) {
      this.index = index;
      return this;
    }

    /**
     * Sets the call id, usually only in the first piece.
     *
     * @param id the value, or {@code null} to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the tool type, usually only in the first piece.
     *
     * @param type the value, or {@code null} to unset
     * @return this builder
     */
    public Builder type(@Nullable String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the function piece.
     *
     * @param function the value, or {@code null} to unset
     * @return this builder
     */
    public Builder function(@Nullable FunctionCallDelta function) {
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
    public ToolCallDelta build() {
      Props.checkNonNegative("index", index);
      return new ToolCallDelta(this);
    }
  }
}
