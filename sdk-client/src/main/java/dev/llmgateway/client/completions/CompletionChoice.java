package dev.llmgateway.client.completions;

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

/** One choice of a text completion. This class is immutable. */
@JsonPropertyOrder({"index", "text", "logprobs", "finish_reason", "stop_reason", "prompt_logprobs"})
public final class CompletionChoice {

  @JsonProperty("index")
  private int index;

  @JsonProperty("text")
  private @Nullable String text;

  @JsonProperty("logprobs")
  private @Nullable CompletionLogprobs logprobs;

  @JsonProperty("finish_reason")
  private @Nullable FinishReason finishReason;

  @JsonProperty("stop_reason")
  private @Nullable StopReason stopReason;

  @JsonProperty("prompt_logprobs")
  private @Nullable Object promptLogprobs;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private CompletionChoice() {}

  private CompletionChoice(Builder b) {
    this.index = b.index;
    this.text = b.text;
    this.logprobs = b.logprobs;
    this.finishReason = b.finishReason;
    this.stopReason = b.stopReason;
    this.promptLogprobs = b.promptLogprobs;
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
    b.text = text;
    b.logprobs = logprobs;
    b.finishReason = finishReason;
    b.stopReason = stopReason;
    b.promptLogprobs = promptLogprobs;
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
   * Returns the generated text (in a stream: the new piece).
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String text() {
    return text == null ? "" : text;
  }

  /**
   * Returns the log probabilities of the generated tokens.
   *
   * @return the value, or empty when not set
   */
  public Optional<CompletionLogprobs> logprobs() {
    return Optional.ofNullable(logprobs);
  }

  /**
   * Returns why generation stopped.
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
   * Returns vLLM's log probabilities of the prompt tokens.
   *
   * @return the value as plain Java values (maps, lists, strings, numbers, booleans), or empty
   */
  public Optional<Object> promptLogprobs() {
    return Optional.ofNullable(promptLogprobs);
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
    if (!(o instanceof CompletionChoice)) {
      return false;
    }
    CompletionChoice that = (CompletionChoice) o;
    return index == that.index
        && Objects.equals(text, that.text)
        && Objects.equals(logprobs, that.logprobs)
        && Objects.equals(finishReason, that.finishReason)
        && Objects.equals(stopReason, that.stopReason)
        && Objects.equals(promptLogprobs, that.promptLogprobs)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        index,
        text,
        logprobs,
        finishReason,
        stopReason,
        promptLogprobs,
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link CompletionChoice} values. No field is required. */
  public static final class Builder {
    private int index;
    private @Nullable String text;
    private @Nullable CompletionLogprobs logprobs;
    private @Nullable FinishReason finishReason;
    private @Nullable StopReason stopReason;
    private @Nullable Object promptLogprobs;
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
     * Sets the generated text (in a stream: the new piece).
     *
     * @param text the value, or {@code null} to unset
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets the log probabilities of the generated tokens.
     *
     * @param logprobs the value, or {@code null} to unset
     * @return this builder
     */
    public Builder logprobs(@Nullable CompletionLogprobs logprobs) {
      this.logprobs = logprobs;
      return this;
    }

    /**
     * Sets why generation stopped.
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
     * Sets vLLM's log probabilities of the prompt tokens.
     *
     * @param promptLogprobs the value, or {@code null} to unset
     * @return this builder
     */
    public Builder promptLogprobs(@Nullable Object promptLogprobs) {
      this.promptLogprobs = promptLogprobs;
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
    public CompletionChoice build() {
      Props.checkNonNegative("index", index);
      return new CompletionChoice(this);
    }
  }
}
