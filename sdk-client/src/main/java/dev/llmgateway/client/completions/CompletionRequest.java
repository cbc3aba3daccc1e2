package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.chat.ResponseFormat;
import dev.llmgateway.client.common.SamplingRequest;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
public final class CompletionRequest extends SamplingRequest {

  @JsonProperty("prompt")
  private @Nullable Object prompt;

  @JsonProperty("best_of")
  private @Nullable Integer bestOf;

  @JsonProperty("echo")
  private @Nullable Boolean echo;

  @JsonProperty("logprobs")
  private @Nullable Integer logprobs;

  @JsonProperty("suffix")
  private @Nullable String suffix;

  @JsonProperty("response_format")
  private @Nullable ResponseFormat responseFormat;

  @JsonProperty("add_special_tokens")
  private @Nullable Boolean addSpecialTokens;

  private static final Set<String> TYPED_PROPERTIES =
      Props.orderedProperties(CompletionRequest.class);

  private CompletionRequest() {}

  private CompletionRequest(Builder b) {
    super(b);
    this.prompt = b.prompt;
    this.bestOf = b.bestOf;
    this.echo = b.echo;
    this.logprobs = b.logprobs;
    this.suffix = b.suffix;
    this.responseFormat = b.responseFormat;
    this.addSpecialTokens = b.addSpecialTokens;
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
    b.prompt = prompt;
    b.bestOf = bestOf;
    b.echo = echo;
    b.logprobs = logprobs;
    b.suffix = suffix;
    b.responseFormat = responseFormat;
    b.addSpecialTokens = addSpecialTokens;
    return b;
  }

  /**
   * Returns the number of candidates generated server-side, of which the best {@code n} are
   * returned.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt bestOf() {
    return bestOf == null ? OptionalInt.empty() : OptionalInt.of(bestOf);
  }

  /**
   * Returns whether the prompt is repeated in the output.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> echo() {
    return Optional.ofNullable(echo);
  }

  /**
   * Returns the number of most likely tokens returned with log probabilities per position.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt logprobs() {
    return logprobs == null ? OptionalInt.empty() : OptionalInt.of(logprobs);
  }

  /**
   * Returns the text after the completion.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> suffix() {
    return Optional.ofNullable(suffix);
  }

  /**
   * Returns the output format (text, JSON object or JSON schema).
   *
   * @return the value, or empty when not set
   */
  public Optional<ResponseFormat> responseFormat() {
    return Optional.ofNullable(responseFormat);
  }

  /**
   * Returns whether vLLM adds special tokens (BOS) to the prompt.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> addSpecialTokens() {
    return Optional.ofNullable(addSpecialTokens);
  }

  /**
   * Returns the prompt when it is a single string.
   *
   * @return the prompt, or empty when the prompt is a list
   */
  public Optional<String> prompt() {
    return prompt instanceof String ? Optional.of((String) prompt) : Optional.empty();
  }

  /**
   * Returns the prompts: the single prompt as a one-element list, or the list of prompts.
   *
   * @return an unmodifiable list
   */
  public List<String> prompts() {
    if (prompt == null) {
      return List.of();
    }
    if (prompt instanceof String) {
      return List.of((String) prompt);
    }
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) prompt) {
      out.add(String.valueOf(o));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof CompletionRequest)) {
      return false;
    }
    CompletionRequest that = (CompletionRequest) o;
    return samplingEquals(that)
        && Objects.equals(prompt, that.prompt)
        && Objects.equals(bestOf, that.bestOf)
        && Objects.equals(echo, that.echo)
        && Objects.equals(logprobs, that.logprobs)
        && Objects.equals(suffix, that.suffix)
        && Objects.equals(responseFormat, that.responseFormat)
        && Objects.equals(addSpecialTokens, that.addSpecialTokens);
  }

  @Override
  public int hashCode() {
    return 31 * samplingHashCode()
        + Objects.hash(prompt, bestOf, echo, logprobs, suffix, responseFormat, addSpecialTokens);
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link CompletionRequest} values. Required: {@code model} and a prompt. */
  public static final class Builder extends SamplingRequest.Builder<Builder> {
    private @Nullable Object prompt;
    private @Nullable Integer bestOf;
    private @Nullable Boolean echo;
    private @Nullable Integer logprobs;
    private @Nullable String suffix;
    private @Nullable ResponseFormat responseFormat;
    private @Nullable Boolean addSpecialTokens;

    private Builder() {}

    private Builder(CompletionRequest from) {
      super(from);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the number of candidates generated server-side, of which the best {@code n} are
     * returned.
     *
     * @param bestOf the value
     * @return this builder
     */
    public Builder bestOf(int bestOf) {
      this.bestOf = bestOf;
      return this;
    }

    /**
     * Sets whether the prompt is repeated in the output.
     *
     * @param echo the value
     * @return this builder
     */
    public Builder echo(boolean echo) {
      this.echo = echo;
      return this;
    }

    /**
     * Sets the number of most likely tokens returned with log probabilities per position.
     *
     * @param logprobs the value
     * @return this builder
     */
    public Builder logprobs(int logprobs) {
      this.logprobs = logprobs;
      return this;
    }

    /**
     * Sets the text after the completion.
     *
     * @param suffix the value, or {@code null} to unset
     * @return this builder
     */
    public Builder suffix(@Nullable String suffix) {
      this.suffix = suffix;
      return this;
    }

    /**
     * Sets the output format (text, JSON object or JSON schema).
     *
     * @param responseFormat the value, or {@code null} to unset
     * @return this builder
     */
    public Builder responseFormat(@Nullable ResponseFormat responseFormat) {
      this.responseFormat = responseFormat;
      return this;
    }

    /**
     * Sets whether vLLM adds special tokens (BOS) to the prompt.
     *
     * @param addSpecialTokens the value
     * @return this builder
     */
    public Builder addSpecialTokens(boolean addSpecialTokens) {
      this.addSpecialTokens = addSpecialTokens;
      return this;
    }

    /**
     * Sets the prompt (sent as a single string, which every gateway version accepts).
     *
     * @param prompt the prompt
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = Objects.requireNonNull(prompt, "prompt == null");
      return this;
    }

    /**
     * Sets several prompts, sent as a JSON array. The Endpoint Picker of GKE Inference Gateway v1.0
     * rejects arrays; use this only against servers that accept them.
     *
     * @param prompts the prompts, at least one
     * @return this builder
     */
    public Builder prompts(List<String> prompts) {
      this.prompt = Props.copy(prompts, "prompts");
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public CompletionRequest build() {
      checkSampling();
      if (prompt == null) {
        throw new IllegalArgumentException("prompt must be set");
      }
      if (prompt instanceof List && ((List<?>) prompt).isEmpty()) {
        throw new IllegalArgumentException("prompts must not be empty");
      }
      Props.checkAtLeast("bestOf", bestOf, 1);
      Props.checkAtLeast("logprobs", logprobs, 0);
      checkExtraBody(TYPED_PROPERTIES);
      return new CompletionRequest(this);
    }
  }
}
