package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.json.Props;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fields every choice of a completion response or stream chunk carries: its index, why and by
 * what generation stopped, and the properties the SDK does not model (kept and written back). Each
 * field, accessor and builder setter is written here once; the choice classes add their content and
 * log probabilities, whose types differ. Values are immutable.
 *
 * <p>Only {@code dev.llmgateway.client.chat.ChatChoice}, {@code
 * dev.llmgateway.client.chat.ChunkChoice} and {@code
 * dev.llmgateway.client.completions.CompletionChoice} extend this class; it is not meant to be
 * extended elsewhere. Each subclass lists the JSON order of all its properties, these included.
 */
public abstract class Choice {

  @JsonProperty("index")
  private int index;

  @JsonProperty("finish_reason")
  private @Nullable FinishReason finishReason;

  @JsonProperty("stop_reason")
  private @Nullable StopReason stopReason;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  /** Creates an empty value; Jackson fills the fields when it parses a response. */
  protected Choice() {}

  /**
   * Creates a value from the shared fields of a builder, copying its map.
   *
   * @param b the builder
   */
  protected Choice(Builder<?> b) {
    this.index = b.index;
    this.finishReason = b.finishReason;
    this.stopReason = b.stopReason;
    this.additionalProperties = Props.copyOrNull(b.additionalProperties);
  }

  /**
   * Returns the position of this choice.
   *
   * @return the value
   */
  public int index() {
    return index;
  }

  /**
   * Returns why generation stopped; in a stream, set on the last chunk of the choice.
   *
   * @return the value, or empty when not set
   */
  public Optional<FinishReason> finishReason() {
    return Optional.ofNullable(finishReason);
  }

  /**
   * Returns what stopped generation in vLLM: a stop token id or stop string.
   *
   * @return the value, or empty when not set
   */
  public Optional<StopReason> stopReason() {
    return Optional.ofNullable(stopReason);
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
   * Returns whether the shared fields of this value equal those of another.
   *
   * @param that the other value
   * @return true when every shared field is equal
   */
  protected final boolean choiceEquals(Choice that) {
    return index == that.index
        && Objects.equals(finishReason, that.finishReason)
        && Objects.equals(stopReason, that.stopReason)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  /**
   * Returns a hash code of the shared fields, consistent with {@link #choiceEquals(Choice)}.
   *
   * @return the hash code
   */
  protected final int choiceHashCode() {
    return Objects.hash(index, finishReason, stopReason, Props.propsHash(additionalProperties));
  }

  /**
   * Builds the shared fields of a choice. Setters return the concrete builder, so calls chain with
   * the subclass's own setters. No field is required.
   *
   * @param <B> the concrete builder type
   */
  public abstract static class Builder<B extends Builder<B>> {
    private int index;
    private @Nullable FinishReason finishReason;
    private @Nullable StopReason stopReason;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    /** Creates an empty builder. */
    protected Builder() {}

    /**
     * Creates a builder initialised with the shared fields of a value.
     *
     * @param from the value to copy
     */
    protected Builder(Choice from) {
      this.index = from.index;
      this.finishReason = from.finishReason;
      this.stopReason = from.stopReason;
      if (from.additionalProperties != null) {
        this.additionalProperties.putAll(from.additionalProperties);
      }
    }

    /**
     * Returns this builder as its concrete type.
     *
     * @return this builder
     */
    protected abstract B self();

    /**
     * Sets the position of this choice.
     *
     * @param index the value
     * @return this builder
     */
    public B index(int index) {
      this.index = index;
      return self();
    }

    /**
     * Sets why generation stopped; in a stream, set on the last chunk of the choice.
     *
     * @param finishReason the value, or {@code null} to unset
     * @return this builder
     */
    public B finishReason(@Nullable FinishReason finishReason) {
      this.finishReason = finishReason;
      return self();
    }

    /**
     * Sets what stopped generation in vLLM: a stop token id or stop string.
     *
     * @param stopReason the value, or {@code null} to unset
     * @return this builder
     */
    public B stopReason(@Nullable StopReason stopReason) {
      this.stopReason = stopReason;
      return self();
    }

    /**
     * Adds a property that this class does not model.
     *
     * @param key the JSON property name
     * @param value a plain Java value (map, list, string, number, boolean or null)
     * @return this builder
     */
    public B putAdditionalProperty(String key, @Nullable Object value) {
      additionalProperties.put(Objects.requireNonNull(key, "key == null"), value);
      return self();
    }

    /**
     * Replaces all properties that this class does not model.
     *
     * @param additionalProperties the properties
     * @return this builder
     */
    public B additionalProperties(Map<String, ? extends @Nullable Object> additionalProperties) {
      this.additionalProperties.clear();
      this.additionalProperties.putAll(
          Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return self();
    }

    /**
     * Checks the shared fields.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     */
    protected final void checkChoice() {
      Props.checkNonNegative("index", index);
    }
  }
}
