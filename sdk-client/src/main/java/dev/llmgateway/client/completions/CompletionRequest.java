package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.chat.ResponseFormat;
import dev.llmgateway.client.common.SamplingRequest;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.Props;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to {@code POST /v1/completions}: the OpenAI fields plus typed vLLM sampling extras and
 * a free {@code extraBody}. The prompt is sent as a single string by default, because the Endpoint
 * Picker of the GKE Inference Gateway v1.0 rejects prompt arrays; {@link Builder#prompts(List)}
 * sends a list for servers reached directly. Unset fields are not sent; {@code guided_*} fields are
 * never sent. The fields it shares with chat requests (sampling, vLLM extras, {@code extraBody})
 * are declared in {@link SamplingRequest}. This class is immutable.
 *
 * <pre>{@code
 * CompletionRequest request = CompletionRequest.builder()
 *     .model("/gcs/google/gemma-3-1b-it")
 *     .prompt("The capital of France is")
 *     .maxTokens(5)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableCompletionRequest.class)
@JsonPropertyOrder({
  "model",
  "prompt",
  "frequency_penalty",
  "logit_bias",
  "max_tokens",
  "n",
  "presence_penalty",
  "seed",
  "stop",
  "stream",
  "stream_options",
  "temperature",
  "top_p",
  "user",
  "best_of",
  "echo",
  "logprobs",
  "suffix",
  "response_format",
  "add_special_tokens",
  "top_k",
  "min_p",
  "repetition_penalty",
  "min_tokens",
  "stop_token_ids",
  "ignore_eos",
  "skip_special_tokens",
  "spaces_between_special_tokens",
  "include_stop_str_in_output",
  "bad_words",
  "structured_outputs",
  "priority",
  "prompt_logprobs",
  "truncate_prompt_tokens",
  "request_id",
  "kv_transfer_params"
})
public abstract class CompletionRequest extends SamplingRequest {

  CompletionRequest() {}

  /**
   * Returns the prompt as set or sent: a string or a list of strings; {@link #prompt()} and {@link
   * #prompts()} are what to read.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("prompt")
  protected abstract Optional<Object> promptRaw();

  /**
   * Returns the number of candidates generated server-side, of which the best {@code n} are
   * returned.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("best_of")
  public abstract OptionalInt bestOf();

  /**
   * Returns whether the prompt is repeated in the output.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("echo")
  public abstract Optional<Boolean> echo();

  /**
   * Returns the number of most likely tokens returned with log probabilities per position.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("logprobs")
  public abstract OptionalInt logprobs();

  /**
   * Returns the text after the completion.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("suffix")
  public abstract Optional<String> suffix();

  /**
   * Returns the output format (text, JSON object or JSON schema).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("response_format")
  public abstract Optional<ResponseFormat> responseFormat();

  /**
   * Returns whether vLLM adds special tokens (BOS) to the prompt.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("add_special_tokens")
  public abstract Optional<Boolean> addSpecialTokens();

  /**
   * Returns the prompt when it is a single string.
   *
   * @return the prompt, or empty when the prompt is a list
   */
  public Optional<String> prompt() {
    Object prompt = promptRaw().orElse(null);
    return prompt instanceof String ? Optional.of((String) prompt) : Optional.empty();
  }

  /**
   * Returns the prompts: the single prompt as a one-element list, or the list of prompts.
   *
   * @return an unmodifiable list
   */
  public List<String> prompts() {
    Object prompt = promptRaw().orElse(null);
    return prompt == null ? List.of() : Props.stringList(prompt);
  }

  @Override
  protected void checkOwn() {
    Object prompt = promptRaw().orElse(null);
    if (prompt == null) {
      throw new IllegalArgumentException("prompt must be set");
    }
    if (Props.stringList(prompt).isEmpty()) {
      throw new IllegalArgumentException("prompts must not be empty");
    }
    bestOf().ifPresent(v -> Checks.atLeast(v, 1, "bestOf"));
    logprobs().ifPresent(v -> Checks.atLeast(v, 0, "logprobs"));
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

  /** Builds {@link CompletionRequest} values. Required: {@code model} and a prompt. */
  public static final class Builder extends ImmutableCompletionRequest.Builder {
    Builder() {}

    /**
     * Sets several prompts, sent as a JSON array. The Endpoint Picker of GKE Inference Gateway v1.0
     * rejects arrays; use this only against servers that accept them.
     *
     * @param prompts the prompts, at least one
     * @return this builder
     */
    public Builder prompts(List<String> prompts) {
      return prompt((Object) Props.copy(prompts, "prompts"));
    }

    /**
     * Sets stop sequences (sent as a list); {@code stop(String)} sends one as a string.
     *
     * @param stop the stop sequences
     * @return this builder
     */
    public Builder stop(List<String> stop) {
      return stop((Object) Props.copy(stop, "stop"));
    }
  }
}
