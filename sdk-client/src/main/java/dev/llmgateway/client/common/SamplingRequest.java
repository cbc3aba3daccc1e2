package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.Props;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The request fields that {@code /v1/chat/completions} and {@code /v1/completions} share: the
 * OpenAI sampling fields, the typed vLLM sampling extras and a free {@code extraBody}. Each field
 * is declared here once, as an accessor; the generated builders of the two request classes carry
 * the setters. Unset fields are not sent. Values are immutable.
 *
 * <p>Only {@code dev.llmgateway.client.chat.ChatCompletionRequest} and {@code
 * dev.llmgateway.client.completions.CompletionRequest} extend this class; it is not meant to be
 * extended elsewhere.
 */
@WireStyle
public abstract class SamplingRequest {

  /** Creates the shared part of a request class. */
  protected SamplingRequest() {}

  /**
   * Returns the model name, e.g. {@code /gcs/google/gemma-3-1b-it} or a LoRA adapter name.
   *
   * @return the value, {@code ""} when absent
   */
  @JsonProperty("model")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public String model() {
    return "";
  }

  /**
   * Returns the frequency penalty, between -2 and 2.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("frequency_penalty")
  public abstract OptionalDouble frequencyPenalty();

  /**
   * Returns the bias per token id (as a string), between -100 and 100.
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("logit_bias")
  public abstract Map<String, Double> logitBias();

  /**
   * Returns the maximum number of tokens to generate, at least 1.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("max_tokens")
  public abstract OptionalInt maxTokens();

  /**
   * Returns the number of choices to generate, at least 1.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("n")
  public abstract OptionalInt n();

  /**
   * Returns the presence penalty, between -2 and 2.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("presence_penalty")
  public abstract OptionalDouble presencePenalty();

  /**
   * Returns the random seed.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("seed")
  public abstract OptionalLong seed();

  /**
   * Returns the stop sequences as set or sent: a string or a list of strings; {@link #stop()} is
   * what to read.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("stop")
  public abstract Optional<Object> stopRaw();

  /**
   * Returns whether the response is streamed. The client sets this itself ({@code create} sends
   * false or nothing, {@code stream} sends true), so callers need not set it.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("stream")
  public abstract Optional<Boolean> stream();

  /**
   * Returns the options of a streamed call, e.g. {@link StreamOptions#includingUsage()}.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("stream_options")
  public abstract Optional<StreamOptions> streamOptions();

  /**
   * Returns the sampling temperature, between 0 and 2.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("temperature")
  public abstract OptionalDouble temperature();

  /**
   * Returns the nucleus sampling probability mass, greater than 0 and at most 1.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("top_p")
  public abstract OptionalDouble topP();

  /**
   * Returns an end-user id for abuse monitoring.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("user")
  public abstract Optional<String> user();

  /**
   * Returns vLLM's top-k sampling: the number of top tokens to consider ({@code -1} or {@code 0}
   * for all).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("top_k")
  public abstract OptionalInt topK();

  /**
   * Returns vLLM's min-p sampling threshold, between 0 and 1.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("min_p")
  public abstract OptionalDouble minP();

  /**
   * Returns vLLM's repetition penalty, greater than 0 (1 is neutral).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("repetition_penalty")
  public abstract OptionalDouble repetitionPenalty();

  /**
   * Returns vLLM's minimum number of tokens to generate before a stop may end the output.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("min_tokens")
  public abstract OptionalInt minTokens();

  /**
   * Returns vLLM's token ids that stop generation.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("stop_token_ids")
  public abstract List<Integer> stopTokenIds();

  /**
   * Returns whether vLLM continues after the end-of-sequence token.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("ignore_eos")
  public abstract Optional<Boolean> ignoreEos();

  /**
   * Returns whether vLLM leaves special tokens out of the output.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("skip_special_tokens")
  public abstract Optional<Boolean> skipSpecialTokens();

  /**
   * Returns whether vLLM puts spaces between special tokens.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("spaces_between_special_tokens")
  public abstract Optional<Boolean> spacesBetweenSpecialTokens();

  /**
   * Returns whether vLLM keeps the matched stop string in the output.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("include_stop_str_in_output")
  public abstract Optional<Boolean> includeStopStrInOutput();

  /**
   * Returns vLLM's words that may not be generated.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("bad_words")
  public abstract List<String> badWords();

  /**
   * Returns vLLM's constraints on the output (JSON schema, regex, choice, grammar).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("structured_outputs")
  public abstract Optional<StructuredOutputs> structuredOutputs();

  /**
   * Returns vLLM's scheduling priority (lower runs earlier; needs the priority scheduling policy).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("priority")
  public abstract OptionalInt priority();

  /**
   * Returns the number of log probabilities vLLM returns per prompt token.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("prompt_logprobs")
  public abstract OptionalInt promptLogprobs();

  /**
   * Returns the number of prompt tokens vLLM keeps (left truncation).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("truncate_prompt_tokens")
  public abstract OptionalInt truncatePromptTokens();

  /**
   * Returns the request id vLLM uses in its logs and outputs.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("request_id")
  public abstract Optional<String> requestId();

  /**
   * Returns vLLM's KV-cache transfer parameters (disaggregated serving).
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("kv_transfer_params")
  @AllowNulls
  public abstract Map<String, Object> kvTransferParams();

  /**
   * Returns the extra top-level JSON properties: those set with {@code putExtraBody} and, for a
   * parsed request, the properties this class does not model. They are written after the typed
   * properties.
   *
   * @return an unmodifiable map of plain Java values
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> extraBody();

  /**
   * Returns the same map as {@link #extraBody()}: the unknown properties, under the name the other
   * wire models use.
   *
   * @return an unmodifiable map of plain Java values
   */
  public Map<String, Object> additionalProperties() {
    return extraBody();
  }

  /**
   * Returns the stop sequences.
   *
   * @return an unmodifiable list, empty when not set
   */
  public List<String> stop() {
    Object stop = stopRaw().orElse(null);
    return stop == null ? List.of() : Props.stringList(stop);
  }

  /**
   * Checks the shared fields, then {@link #checkOwn()}, then that no extra body key shadows a typed
   * property; runs once, when a request is built.
   *
   * @throws IllegalArgumentException if a field is invalid (the message names it)
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(model(), "model");
    maxTokens().ifPresent(v -> Checks.atLeast(v, 1, "maxTokens"));
    n().ifPresent(v -> Checks.atLeast(v, 1, "n"));
    temperature().ifPresent(v -> Checks.range(v, 0, 2, "temperature"));
    frequencyPenalty().ifPresent(v -> Checks.range(v, -2, 2, "frequencyPenalty"));
    presencePenalty().ifPresent(v -> Checks.range(v, -2, 2, "presencePenalty"));
    if (topP().isPresent() && !(topP().getAsDouble() > 0 && topP().getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "topP must be > 0 and <= 1 but was " + topP().getAsDouble());
    }
    topK().ifPresent(v -> Checks.atLeast(v, -1, "topK"));
    minP().ifPresent(v -> Checks.range(v, 0, 1, "minP"));
    if (repetitionPenalty().isPresent() && !(repetitionPenalty().getAsDouble() > 0)) {
      throw new IllegalArgumentException(
          "repetitionPenalty must be > 0 but was " + repetitionPenalty().getAsDouble());
    }
    minTokens().ifPresent(v -> Checks.atLeast(v, 0, "minTokens"));
    if (minTokens().isPresent()
        && maxTokens().isPresent()
        && minTokens().getAsInt() > maxTokens().getAsInt()) {
      throw new IllegalArgumentException(
          "minTokens must be <= maxTokens but was "
              + minTokens().getAsInt()
              + " > "
              + maxTokens().getAsInt());
    }
    promptLogprobs().ifPresent(v -> Checks.atLeast(v, 0, "promptLogprobs"));
    truncatePromptTokens().ifPresent(v -> Checks.atLeast(v, 1, "truncatePromptTokens"));
    for (Map.Entry<String, Double> e : logitBias().entrySet()) {
      Checks.range(e.getValue(), -100, 100, "logitBias[" + e.getKey() + "]");
    }
    stopRaw().ifPresent(s -> Props.stringList(s));
    checkOwn();
    Props.checkExtraBody(extraBody(), Props.jsonProperties(getClass()));
  }

  /**
   * Checks the fields of the concrete request, after the shared ones.
   *
   * @throws IllegalArgumentException if a field is invalid (the message names it)
   */
  protected abstract void checkOwn();
}
