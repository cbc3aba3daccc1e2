package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.common.StopReason;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One choice in a stream chunk. This class is immutable. */
@JsonPropertyOrder({"index", "delta", "logprobs", "finish_reason", "stop_reason"})
public final class ChunkChoice {

  private static final ChatDelta EMPTY_DELTA = ChatDelta.builder().build();

  @JsonProperty("index")
  private int index;

  @JsonProperty("delta")
  private @Nullable ChatDelta delta;

  @JsonProperty("logprobs")
  private @Nullable ChatLogprobs logprobs;

  @JsonProperty("finish_reason")
  private @Nullable FinishReason finishReason;

  @JsonProperty("stop_reason")
  private @Nullable StopReason stopReason;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ChunkChoice() {}

  private ChunkChoice(Builder b) {
    this.index = b.index;
    this.delta = b.delta;
    this.logprobs = b.logprobs;
    this.finishReason = b.finishReason;
    this.stopReason = b.stopReason;
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
    b.delta = delta;
    b.logprobs = logprobs;
    b.finishReason = finishReason;
    b.stopReason = stopReason;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
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
   * Returns the new part of the message (empty when the chunk has none).
   *
   * @return the value, a default when absent
   */
  public ChatDelta delta() {
    return delta == null ? EMPTY_DELTA : delta;
  }

  /**
   * Returns the log probabilities of the new tokens.
   *
   * @return the value, or empty when not set
   */
  public Optional<ChatLogprobs> logprobs() {
    return Optional.ofNullable(logprobs);
  }

  /**
   * Returns why generation stopped; set on the last chunk of the choice.
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

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ChunkChoice)) {
      return false;
    }
    ChunkChoice that = (ChunkChoice) o;
    return index == that.index
        && Objects.equals(delta, that.delta)
        && Objects.equals(logprobs, that.logprobs)
        && Objects.equals(finishReason, that.finishReason)
        && Objects.equals(stopReason, that.stopReason)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        index, delta, logprobs, finishReason, stopReason, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChunkChoice} values. No field is required. */
  public static final class Builder {
    private int index;
    private @Nullable ChatDelta delta;
    private @Nullable ChatLogprobs logprobs;
    private @Nullable FinishReason finishReason;
    private @Nullable StopReason stopReason;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the position of this choice.
     *
     * @param index the value
     * @return this builder
     */
    public Builder index(int index) {
      this.index = index;
      return this;
    }

    /**
     * Sets the new part of the message (empty when the chunk has none).
     *
     * @param delta the value, or {@code null} to unset
     * @return this builder
     */
    public Builder delta(@Nullable ChatDelta delta) {
      this.delta = delta;
      return this;
    }

    /**
     * Sets the log probabilities of the new tokens.
     *
     * @param logprobs the value, or {@code null} to unset
     * @return this builder
     */
    public Builder logprobs(@Nullable ChatLogprobs logprobs) {
      this.logprobs = logprobs;
      return this;
    }

    /**
     * Sets why generation stopped; set on the last chunk of the choice.
     *
     * @param finishReason the value, or {@code null} to unset
     * @return this builder
     */
    public Builder finishReason(@Nullable FinishReason finishReason) {
      this.finishReason = finishReason;
      return this;
    }

    /**
     * Sets what stopped generation in vLLM: a stop token id or stop string.
     *
     * @param stopReason the value, or {@code null} to unset
     * @return this builder
     */
    public Builder stopReason(@Nullable StopReason stopReason) {
      this.stopReason = stopReason;
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
    public ChunkChoice build() {
      Props.checkNonNegative("index", index);
      return new ChunkChoice(this);
    }
  }
}
