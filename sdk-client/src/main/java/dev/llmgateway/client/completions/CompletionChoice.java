package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.Choice;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** One choice of a text completion. This class is immutable. */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableCompletionChoice.class)
@JsonPropertyOrder({"index", "text", "logprobs", "finish_reason", "stop_reason", "prompt_logprobs"})
public abstract class CompletionChoice extends Choice {

  CompletionChoice() {}

  /**
   * Returns the text as sent; {@link #text()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("text")
  protected abstract @Nullable String textRaw();

  /**
   * Returns the log probabilities of the generated tokens.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("logprobs")
  public abstract Optional<CompletionLogprobs> logprobs();

  /**
   * Returns vLLM's log probabilities of the prompt tokens.
   *
   * @return the value as plain Java values (maps, lists, strings, numbers, booleans), or empty
   */
  @JsonProperty("prompt_logprobs")
  public abstract Optional<Object> promptLogprobs();

  /**
   * Returns the generated text (in a stream: the new piece).
   *
   * @return the value, {@code ""} when absent
   */
  public String text() {
    String text = textRaw();
    return text != null ? text : "";
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

  /** Builds {@link CompletionChoice} values. No field is required; {@code index} must be >= 0. */
  public static final class Builder extends ImmutableCompletionChoice.Builder {
    Builder() {}
  }
}
