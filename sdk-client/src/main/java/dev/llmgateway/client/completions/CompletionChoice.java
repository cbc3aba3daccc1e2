package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.Choice;
import dev.llmgateway.client.internal.json.Json;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One choice of a text completion. This class is immutable. */
@JsonPropertyOrder({"index", "text", "logprobs", "finish_reason", "stop_reason", "prompt_logprobs"})
public final class CompletionChoice extends Choice {

  @JsonProperty("text")
  private @Nullable String text;

  @JsonProperty("logprobs")
  private @Nullable CompletionLogprobs logprobs;

  @JsonProperty("prompt_logprobs")
  private @Nullable Object promptLogprobs;

  private CompletionChoice() {}

  private CompletionChoice(Builder b) {
    super(b);
    this.text = b.text;
    this.logprobs = b.logprobs;
    this.promptLogprobs = b.promptLogprobs;
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
    Builder b = new Builder(this);
    b.text = text;
    b.logprobs = logprobs;
    b.promptLogprobs = promptLogprobs;
    return b;
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
   * Returns vLLM's log probabilities of the prompt tokens.
   *
   * @return the value as plain Java values (maps, lists, strings, numbers, booleans), or empty
   */
  public Optional<Object> promptLogprobs() {
    return Optional.ofNullable(promptLogprobs);
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
    return choiceEquals(that)
        && Objects.equals(text, that.text)
        && Objects.equals(logprobs, that.logprobs)
        && Objects.equals(promptLogprobs, that.promptLogprobs);
  }

  @Override
  public int hashCode() {
    return 31 * choiceHashCode() + Objects.hash(text, logprobs, promptLogprobs);
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link CompletionChoice} values. No field is required. */
  public static final class Builder extends Choice.Builder<Builder> {
    private @Nullable String text;
    private @Nullable CompletionLogprobs logprobs;
    private @Nullable Object promptLogprobs;

    private Builder() {}

    private Builder(CompletionChoice from) {
      super(from);
    }

    @Override
    protected Builder self() {
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
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public CompletionChoice build() {
      checkChoice();
      return new CompletionChoice(this);
    }
  }
}
