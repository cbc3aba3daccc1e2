package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.chat.ResponseFormat;
import dev.llmgateway.client.common.StreamOptions;
import dev.llmgateway.client.common.StructuredOutputs;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to {@code POST /v1/completions}: the OpenAI fields plus typed vLLM sampling extras and
 * a free {@code extraBody}. The prompt is sent as a single string by default, because the Endpoint
 * Picker of the GKE Inference Gateway v1.0 rejects prompt arrays; {@link Builder#prompts(List)}
 * sends a list for servers reached directly. Unset fields are not sent; {@code guided_*} fields are
 * never sent. This class is immutable.
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
public final class CompletionRequest {

  @JsonProperty("model")
  private @Nullable String model;

  @JsonProperty("prompt")
  private @Nullable Object prompt;

  @JsonProperty("frequency_penalty")
  private @Nullable Double frequencyPenalty;

  private @Nullable Map<String, Double> logitBias;

  @JsonProperty("max_tokens")
  private @Nullable Integer maxTokens;

  @JsonProperty("n")
  private @Nullable Integer n;

  @JsonProperty("presence_penalty")
  private @Nullable Double presencePenalty;

  @JsonProperty("seed")
  private @Nullable Long seed;

  @JsonProperty("stop")
  private @Nullable Object stop;

  @JsonProperty("stream")
  private @Nullable Boolean stream;

  @JsonProperty("stream_options")
  private @Nullable StreamOptions streamOptions;

  @JsonProperty("temperature")
  private @Nullable Double temperature;

  @JsonProperty("top_p")
  private @Nullable Double topP;

  @JsonProperty("user")
  private @Nullable String user;

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

  @JsonProperty("top_k")
  private @Nullable Integer topK;

  @JsonProperty("min_p")
  private @Nullable Double minP;

  @JsonProperty("repetition_penalty")
  private @Nullable Double repetitionPenalty;

  @JsonProperty("min_tokens")
  private @Nullable Integer minTokens;

  private @Nullable List<Integer> stopTokenIds;

  @JsonProperty("ignore_eos")
  private @Nullable Boolean ignoreEos;

  @JsonProperty("skip_special_tokens")
  private @Nullable Boolean skipSpecialTokens;

  @JsonProperty("spaces_between_special_tokens")
  private @Nullable Boolean spacesBetweenSpecialTokens;

  @JsonProperty("include_stop_str_in_output")
  private @Nullable Boolean includeStopStrInOutput;

  private @Nullable List<String> badWords;

  @JsonProperty("structured_outputs")
  private @Nullable StructuredOutputs structuredOutputs;

  @JsonProperty("priority")
  private @Nullable Integer priority;

  @JsonProperty("prompt_logprobs")
  private @Nullable Integer promptLogprobs;

  @JsonProperty("truncate_prompt_tokens")
  private @Nullable Integer truncatePromptTokens;

  @JsonProperty("request_id")
  private @Nullable String requestId;

  private @Nullable Map<String, @Nullable Object> kvTransferParams;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter private @Nullable Map<String, @Nullable Object> extraBody;

  private static final Set<String> TYPED_PROPERTIES =
      Set.of(
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
          "kv_transfer_params");

  private CompletionRequest() {}

  private CompletionRequest(Builder b) {
    this.model = b.model;
    this.prompt = b.prompt;
    this.frequencyPenalty = b.frequencyPenalty;
    this.logitBias = Props.copyOrNull(b.logitBias);
    this.maxTokens = b.maxTokens;
    this.n = b.n;
    this.presencePenalty = b.presencePenalty;
    this.seed = b.seed;
    this.stop = b.stop;
    this.stream = b.stream;
    this.streamOptions = b.streamOptions;
    this.temperature = b.temperature;
    this.topP = b.topP;
    this.user = b.user;
    this.bestOf = b.bestOf;
    this.echo = b.echo;
    this.logprobs = b.logprobs;
    this.suffix = b.suffix;
    this.responseFormat = b.responseFormat;
    this.addSpecialTokens = b.addSpecialTokens;
    this.topK = b.topK;
    this.minP = b.minP;
    this.repetitionPenalty = b.repetitionPenalty;
    this.minTokens = b.minTokens;
    this.stopTokenIds = b.stopTokenIds == null ? null : Props.copy(b.stopTokenIds, "stopTokenIds");
    this.ignoreEos = b.ignoreEos;
    this.skipSpecialTokens = b.skipSpecialTokens;
    this.spacesBetweenSpecialTokens = b.spacesBetweenSpecialTokens;
    this.includeStopStrInOutput = b.includeStopStrInOutput;
    this.badWords = b.badWords == null ? null : Props.copy(b.badWords, "badWords");
    this.structuredOutputs = b.structuredOutputs;
    this.priority = b.priority;
    this.promptLogprobs = b.promptLogprobs;
    this.truncatePromptTokens = b.truncatePromptTokens;
    this.requestId = b.requestId;
    this.kvTransferParams = Props.copyOrNull(b.kvTransferParams);
    this.extraBody = Props.copyOrNull(b.extraBody);
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
    b.model = model;
    b.prompt = prompt;
    b.frequencyPenalty = frequencyPenalty;
    b.logitBias = logitBias == null ? null : new LinkedHashMap<>(logitBias);
    b.maxTokens = maxTokens;
    b.n = n;
    b.presencePenalty = presencePenalty;
    b.seed = seed;
    b.stop = stop;
    b.stream = stream;
    b.streamOptions = streamOptions;
    b.temperature = temperature;
    b.topP = topP;
    b.user = user;
    b.bestOf = bestOf;
    b.echo = echo;
    b.logprobs = logprobs;
    b.suffix = suffix;
    b.responseFormat = responseFormat;
    b.addSpecialTokens = addSpecialTokens;
    b.topK = topK;
    b.minP = minP;
    b.repetitionPenalty = repetitionPenalty;
    b.minTokens = minTokens;
    b.stopTokenIds = stopTokenIds == null ? null : new ArrayList<>(stopTokenIds);
    b.ignoreEos = ignoreEos;
    b.skipSpecialTokens = skipSpecialTokens;
    b.spacesBetweenSpecialTokens = spacesBetweenSpecialTokens;
    b.includeStopStrInOutput = includeStopStrInOutput;
    b.badWords = badWords == null ? null : new ArrayList<>(badWords);
    b.structuredOutputs = structuredOutputs;
    b.priority = priority;
    b.promptLogprobs = promptLogprobs;
    b.truncatePromptTokens = truncatePromptTokens;
    b.requestId = requestId;
    b.kvTransferParams = kvTransferParams == null ? null : new LinkedHashMap<>(kvTransferParams);
    if (extraBody != null) {
      b.extraBody.putAll(extraBody);
    }
    return b;
  }

  /**
   * Returns the model name, e.g. {@code /gcs/google/gemma-3-1b-it} or a LoRA adapter name.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String model() {
    return model == null ? "" : model;
  }

  /**
   * Returns the frequency penalty, between -2 and 2.
   *
   * @return the value, or empty when not set
   */
  public OptionalDouble frequencyPenalty() {
    return frequencyPenalty == null ? OptionalDouble.empty() : OptionalDouble.of(frequencyPenalty);
  }

  /**
   * Returns the bias per token id (as a string), between -100 and 100.
   *
   * @return an unmodifiable map, empty when absent
   */
  public Map<String, Double> logitBias() {
    return Props.view(logitBias);
  }

  /**
   * Returns the maximum number of tokens to generate, at least 1.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt maxTokens() {
    return maxTokens == null ? OptionalInt.empty() : OptionalInt.of(maxTokens);
  }

  /**
   * Returns the number of choices to generate, at least 1.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt n() {
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /**
   * Returns the presence penalty, between -2 and 2.
   *
   * @return the value, or empty when not set
   */
  public OptionalDouble presencePenalty() {
    return presencePenalty == null ? OptionalDouble.empty() : OptionalDouble.of(presencePenalty);
  }

  /**
   * Returns the random seed.
   *
   * @return the value, or empty when not set
   */
  public OptionalLong seed() {
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  /**
   * Returns whether the response is streamed. The client sets this itself ({@code create} sends
   * false or nothing, {@code stream} sends true), so callers need not set it.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> stream() {
    return Optional.ofNullable(stream);
  }

  /**
   * Returns the options of a streamed call, e.g. {@link StreamOptions#includingUsage()}.
   *
   * @return the value, or empty when not set
   */
  public Optional<StreamOptions> streamOptions() {
    return Optional.ofNullable(streamOptions);
  }

  /**
   * Returns the sampling temperature, between 0 and 2.
   *
   * @return the value, or empty when not set
   */
  public OptionalDouble temperature() {
    return temperature == null ? OptionalDouble.empty() : OptionalDouble.of(temperature);
  }

  /**
   * Returns the nucleus sampling probability mass, greater than 0 and at most 1.
   *
   * @return the value, or empty when not set
   */
  public OptionalDouble topP() {
    return topP == null ? OptionalDouble.empty() : OptionalDouble.of(topP);
  }

  /**
   * Returns an end-user id for abuse monitoring.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> user() {
    return Optional.ofNullable(user);
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
   * Returns vLLM's top-k sampling: the number of top tokens to consider ({@code -1} or {@code 0}
   * for all).
   *
   * @return the value, or empty when not set
   */
  public OptionalInt topK() {
    return topK == null ? OptionalInt.empty() : OptionalInt.of(topK);
  }

  /**
   * Returns vLLM's min-p sampling threshold, between 0 and 1.
   *
   * @return the value, or empty when not set
   */
  public OptionalDouble minP() {
    return minP == null ? OptionalDouble.empty() : OptionalDouble.of(minP);
  }

  /**
   * Returns vLLM's repetition penalty, greater than 0 (1 is neutral).
   *
   * @return the value, or empty when not set
   */
  public OptionalDouble repetitionPenalty() {
    return repetitionPenalty == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(repetitionPenalty);
  }

  /**
   * Returns vLLM's minimum number of tokens to generate before a stop may end the output.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt minTokens() {
    return minTokens == null ? OptionalInt.empty() : OptionalInt.of(minTokens);
  }

  /**
   * Returns vLLM's token ids that stop generation.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<Integer> stopTokenIds() {
    return stopTokenIds == null ? List.of() : stopTokenIds;
  }

  /**
   * Returns whether vLLM continues after the end-of-sequence token.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> ignoreEos() {
    return Optional.ofNullable(ignoreEos);
  }

  /**
   * Returns whether vLLM leaves special tokens out of the output.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> skipSpecialTokens() {
    return Optional.ofNullable(skipSpecialTokens);
  }

  /**
   * Returns whether vLLM puts spaces between special tokens.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> spacesBetweenSpecialTokens() {
    return Optional.ofNullable(spacesBetweenSpecialTokens);
  }

  /**
   * Returns whether vLLM keeps the matched stop string in the output.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> includeStopStrInOutput() {
    return Optional.ofNullable(includeStopStrInOutput);
  }

  /**
   * Returns vLLM's words that may not be generated.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<String> badWords() {
    return badWords == null ? List.of() : badWords;
  }

  /**
   * Returns vLLM's constraints on the output (JSON schema, regex, choice, grammar).
   *
   * @return the value, or empty when not set
   */
  public Optional<StructuredOutputs> structuredOutputs() {
    return Optional.ofNullable(structuredOutputs);
  }

  /**
   * Returns vLLM's scheduling priority (lower runs earlier; needs the priority scheduling policy).
   *
   * @return the value, or empty when not set
   */
  public OptionalInt priority() {
    return priority == null ? OptionalInt.empty() : OptionalInt.of(priority);
  }

  /**
   * Returns the number of log probabilities vLLM returns per prompt token.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt promptLogprobs() {
    return promptLogprobs == null ? OptionalInt.empty() : OptionalInt.of(promptLogprobs);
  }

  /**
   * Returns the number of prompt tokens vLLM keeps (left truncation).
   *
   * @return the value, or empty when not set
   */
  public OptionalInt truncatePromptTokens() {
    return truncatePromptTokens == null
        ? OptionalInt.empty()
        : OptionalInt.of(truncatePromptTokens);
  }

  /**
   * Returns the request id vLLM uses in its logs and outputs.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns vLLM's KV-cache transfer parameters (disaggregated serving).
   *
   * @return an unmodifiable map, empty when absent
   */
  public Map<String, @Nullable Object> kvTransferParams() {
    return Props.view(kvTransferParams);
  }

  /**
   * Returns the extra top-level JSON properties: those set with {@code putExtraBody} and, for a
   * parsed request, the properties this class does not model.
   *
   * @return an unmodifiable map of plain Java values
   */
  public Map<String, @Nullable Object> extraBody() {
    return Props.view(extraBody);
  }

  /**
   * Returns the same map as {@link #extraBody()}.
   *
   * @return an unmodifiable map of plain Java values
   */
  public Map<String, @Nullable Object> additionalProperties() {
    return Props.view(extraBody);
  }

  @JsonProperty("logit_bias")
  private @Nullable Map<String, Double> logitBiasJson() {
    return logitBias;
  }

  @JsonProperty("logit_bias")
  private void logitBiasJson(@Nullable Map<String, Double> value) {
    this.logitBias = value == null ? null : Collections.unmodifiableMap(value);
  }

  @JsonProperty("stop_token_ids")
  private @Nullable List<Integer> stopTokenIdsJson() {
    return stopTokenIds;
  }

  @JsonProperty("stop_token_ids")
  private void stopTokenIdsJson(@Nullable List<Integer> value) {
    this.stopTokenIds = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("bad_words")
  private @Nullable List<String> badWordsJson() {
    return badWords;
  }

  @JsonProperty("bad_words")
  private void badWordsJson(@Nullable List<String> value) {
    this.badWords = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("kv_transfer_params")
  private @Nullable Map<String, @Nullable Object> kvTransferParamsJson() {
    return kvTransferParams;
  }

  @JsonProperty("kv_transfer_params")
  private void kvTransferParamsJson(@Nullable Map<String, @Nullable Object> value) {
    this.kvTransferParams = value == null ? null : Collections.unmodifiableMap(value);
  }

  /**
   * Returns the stop sequences.
   *
   * @return an unmodifiable list, empty when not set
   */
  public List<String> stop() {
    if (stop == null) {
      return List.of();
    }
    if (stop instanceof String) {
      return List.of((String) stop);
    }
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) stop) {
      out.add(String.valueOf(o));
    }
    return Collections.unmodifiableList(out);
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
    return Objects.equals(model, that.model)
        && Objects.equals(prompt, that.prompt)
        && Objects.equals(frequencyPenalty, that.frequencyPenalty)
        && Props.sameProps(logitBias, that.logitBias)
        && Objects.equals(maxTokens, that.maxTokens)
        && Objects.equals(n, that.n)
        && Objects.equals(presencePenalty, that.presencePenalty)
        && Objects.equals(seed, that.seed)
        && Objects.equals(stop, that.stop)
        && Objects.equals(stream, that.stream)
        && Objects.equals(streamOptions, that.streamOptions)
        && Objects.equals(temperature, that.temperature)
        && Objects.equals(topP, that.topP)
        && Objects.equals(user, that.user)
        && Objects.equals(bestOf, that.bestOf)
        && Objects.equals(echo, that.echo)
        && Objects.equals(logprobs, that.logprobs)
        && Objects.equals(suffix, that.suffix)
        && Objects.equals(responseFormat, that.responseFormat)
        && Objects.equals(addSpecialTokens, that.addSpecialTokens)
        && Objects.equals(topK, that.topK)
        && Objects.equals(minP, that.minP)
        && Objects.equals(repetitionPenalty, that.repetitionPenalty)
        && Objects.equals(minTokens, that.minTokens)
        && Objects.equals(stopTokenIds(), that.stopTokenIds())
        && Objects.equals(ignoreEos, that.ignoreEos)
        && Objects.equals(skipSpecialTokens, that.skipSpecialTokens)
        && Objects.equals(spacesBetweenSpecialTokens, that.spacesBetweenSpecialTokens)
        && Objects.equals(includeStopStrInOutput, that.includeStopStrInOutput)
        && Objects.equals(badWords(), that.badWords())
        && Objects.equals(structuredOutputs, that.structuredOutputs)
        && Objects.equals(priority, that.priority)
        && Objects.equals(promptLogprobs, that.promptLogprobs)
        && Objects.equals(truncatePromptTokens, that.truncatePromptTokens)
        && Objects.equals(requestId, that.requestId)
        && Props.sameProps(kvTransferParams, that.kvTransferParams)
        && Props.sameProps(extraBody, that.extraBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        model,
        prompt,
        frequencyPenalty,
        Props.propsHash(logitBias),
        maxTokens,
        n,
        presencePenalty,
        seed,
        stop,
        stream,
        streamOptions,
        temperature,
        topP,
        user,
        bestOf,
        echo,
        logprobs,
        suffix,
        responseFormat,
        addSpecialTokens,
        topK,
        minP,
        repetitionPenalty,
        minTokens,
        stopTokenIds(),
        ignoreEos,
        skipSpecialTokens,
        spacesBetweenSpecialTokens,
        includeStopStrInOutput,
        badWords(),
        structuredOutputs,
        priority,
        promptLogprobs,
        truncatePromptTokens,
        requestId,
        Props.propsHash(kvTransferParams),
        Props.propsHash(extraBody));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link CompletionRequest} values. Required: {@code model} and a prompt. */
  public static final class Builder {
    private @Nullable String model;
    private @Nullable Object prompt;
    private @Nullable Double frequencyPenalty;
    private @Nullable Map<String, Double> logitBias;
    private @Nullable Integer maxTokens;
    private @Nullable Integer n;
    private @Nullable Double presencePenalty;
    private @Nullable Long seed;
    private @Nullable Object stop;
    private @Nullable Boolean stream;
    private @Nullable StreamOptions streamOptions;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable String user;
    private @Nullable Integer bestOf;
    private @Nullable Boolean echo;
    private @Nullable Integer logprobs;
    private @Nullable String suffix;
    private @Nullable ResponseFormat responseFormat;
    private @Nullable Boolean addSpecialTokens;
    private @Nullable Integer topK;
    private @Nullable Double minP;
    private @Nullable Double repetitionPenalty;
    private @Nullable Integer minTokens;
    private @Nullable List<Integer> stopTokenIds;
    private @Nullable Boolean ignoreEos;
    private @Nullable Boolean skipSpecialTokens;
    private @Nullable Boolean spacesBetweenSpecialTokens;
    private @Nullable Boolean includeStopStrInOutput;
    private @Nullable List<String> badWords;
    private @Nullable StructuredOutputs structuredOutputs;
    private @Nullable Integer priority;
    private @Nullable Integer promptLogprobs;
    private @Nullable Integer truncatePromptTokens;
    private @Nullable String requestId;
    private @Nullable Map<String, @Nullable Object> kvTransferParams;
    private final Map<String, @Nullable Object> extraBody = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the model name, e.g. {@code /gcs/google/gemma-3-1b-it} or a LoRA adapter name.
     *
     * @param model the value
     * @return this builder
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the frequency penalty, between -2 and 2.
     *
     * @param frequencyPenalty the value
     * @return this builder
     */
    public Builder frequencyPenalty(double frequencyPenalty) {
      this.frequencyPenalty = frequencyPenalty;
      return this;
    }

    /**
     * Replaces the bias per token id (as a string), between -100 and 100.
     *
     * @param logitBias the entries
     * @return this builder
     */
    public Builder logitBias(Map<String, ? extends Double> logitBias) {
      this.logitBias = new LinkedHashMap<>(Objects.requireNonNull(logitBias, "logitBias == null"));
      return this;
    }

    /**
     * Adds one entry to the bias per token id (as a string), between -100 and 100.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putLogitBias(String key, Double value) {
      if (this.logitBias == null) {
        this.logitBias = new LinkedHashMap<>();
      }
      this.logitBias.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Sets the maximum number of tokens to generate, at least 1.
     *
     * @param maxTokens the value
     * @return this builder
     */
    public Builder maxTokens(int maxTokens) {
      this.maxTokens = maxTokens;
      return this;
    }

    /**
     * Sets the number of choices to generate, at least 1.
     *
     * @param n the value
     * @return this builder
     */
    public Builder n(int n) {
      this.n = n;
      return this;
    }

    /**
     * Sets the presence penalty, between -2 and 2.
     *
     * @param presencePenalty the value
     * @return this builder
     */
    public Builder presencePenalty(double presencePenalty) {
      this.presencePenalty = presencePenalty;
      return this;
    }

    /**
     * Sets the random seed.
     *
     * @param seed the value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets whether the response is streamed. The client sets this itself ({@code create} sends
     * false or nothing, {@code stream} sends true), so callers need not set it.
     *
     * @param stream the value
     * @return this builder
     */
    public Builder stream(boolean stream) {
      this.stream = stream;
      return this;
    }

    /**
     * Sets the options of a streamed call, e.g. {@link StreamOptions#includingUsage()}.
     *
     * @param streamOptions the value, or {@code null} to unset
     * @return this builder
     */
    public Builder streamOptions(@Nullable StreamOptions streamOptions) {
      this.streamOptions = streamOptions;
      return this;
    }

    /**
     * Sets the sampling temperature, between 0 and 2.
     *
     * @param temperature the value
     * @return this builder
     */
    public Builder temperature(double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets the nucleus sampling probability mass, greater than 0 and at most 1.
     *
     * @param topP the value
     * @return this builder
     */
    public Builder topP(double topP) {
      this.topP = topP;
      return this;
    }

    /**
     * Sets an end-user id for abuse monitoring.
     *
     * @param user the value, or {@code null} to unset
     * @return this builder
     */
    public Builder user(@Nullable String user) {
      this.user = user;
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
     * Sets vLLM's top-k sampling: the number of top tokens to consider ({@code -1} or {@code 0} for
     * all).
     *
     * @param topK the value
     * @return this builder
     */
    public Builder topK(int topK) {
      this.topK = topK;
      return this;
    }

    /**
     * Sets vLLM's min-p sampling threshold, between 0 and 1.
     *
     * @param minP the value
     * @return this builder
     */
    public Builder minP(double minP) {
      this.minP = minP;
      return this;
    }

    /**
     * Sets vLLM's repetition penalty, greater than 0 (1 is neutral).
     *
     * @param repetitionPenalty the value
     * @return this builder
     */
    public Builder repetitionPenalty(double repetitionPenalty) {
      this.repetitionPenalty = repetitionPenalty;
      return this;
    }

    /**
     * Sets vLLM's minimum number of tokens to generate before a stop may end the output.
     *
     * @param minTokens the value
     * @return this builder
     */
    public Builder minTokens(int minTokens) {
      this.minTokens = minTokens;
      return this;
    }

    /**
     * Replaces vLLM's token ids that stop generation.
     *
     * @param stopTokenIds the values
     * @return this builder
     */
    public Builder stopTokenIds(List<? extends Integer> stopTokenIds) {
      this.stopTokenIds =
          new ArrayList<>(Objects.requireNonNull(stopTokenIds, "stopTokenIds == null"));
      return this;
    }

    /**
     * Adds one of vLLM's token ids that stop generation.
     *
     * @param stopTokenId the value
     * @return this builder
     */
    public Builder addStopTokenId(Integer stopTokenId) {
      if (this.stopTokenIds == null) {
        this.stopTokenIds = new ArrayList<>();
      }
      this.stopTokenIds.add(Objects.requireNonNull(stopTokenId, "stopTokenId == null"));
      return this;
    }

    /**
     * Sets whether vLLM continues after the end-of-sequence token.
     *
     * @param ignoreEos the value
     * @return this builder
     */
    public Builder ignoreEos(boolean ignoreEos) {
      this.ignoreEos = ignoreEos;
      return this;
    }

    /**
     * Sets whether vLLM leaves special tokens out of the output.
     *
     * @param skipSpecialTokens the value
     * @return this builder
     */
    public Builder skipSpecialTokens(boolean skipSpecialTokens) {
      this.skipSpecialTokens = skipSpecialTokens;
      return this;
    }

    /**
     * Sets whether vLLM puts spaces between special tokens.
     *
     * @param spacesBetweenSpecialTokens the value
     * @return this builder
     */
    public Builder spacesBetweenSpecialTokens(boolean spacesBetweenSpecialTokens) {
      this.spacesBetweenSpecialTokens = spacesBetweenSpecialTokens;
      return this;
    }

    /**
     * Sets whether vLLM keeps the matched stop string in the output.
     *
     * @param includeStopStrInOutput the value
     * @return this builder
     */
    public Builder includeStopStrInOutput(boolean includeStopStrInOutput) {
      this.includeStopStrInOutput = includeStopStrInOutput;
      return this;
    }

    /**
     * Replaces vLLM's words that may not be generated.
     *
     * @param badWords the values
     * @return this builder
     */
    public Builder badWords(List<? extends String> badWords) {
      this.badWords = new ArrayList<>(Objects.requireNonNull(badWords, "badWords == null"));
      return this;
    }

    /**
     * Adds one of vLLM's words that may not be generated.
     *
     * @param badWord the value
     * @return this builder
     */
    public Builder addBadWord(String badWord) {
      if (this.badWords == null) {
        this.badWords = new ArrayList<>();
      }
      this.badWords.add(Objects.requireNonNull(badWord, "badWord == null"));
      return this;
    }

    /**
     * Sets vLLM's constraints on the output (JSON schema, regex, choice, grammar).
     *
     * @param structuredOutputs the value, or {@code null} to unset
     * @return this builder
     */
    public Builder structuredOutputs(@Nullable StructuredOutputs structuredOutputs) {
      this.structuredOutputs = structuredOutputs;
      return this;
    }

    /**
     * Sets vLLM's scheduling priority (lower runs earlier; needs the priority scheduling policy).
     *
     * @param priority the value
     * @return this builder
     */
    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets the number of log probabilities vLLM returns per prompt token.
     *
     * @param promptLogprobs the value
     * @return this builder
     */
    public Builder promptLogprobs(int promptLogprobs) {
      this.promptLogprobs = promptLogprobs;
      return this;
    }

    /**
     * Sets the number of prompt tokens vLLM keeps (left truncation).
     *
     * @param truncatePromptTokens the value
     * @return this builder
     */
    public Builder truncatePromptTokens(int truncatePromptTokens) {
      this.truncatePromptTokens = truncatePromptTokens;
      return this;
    }

    /**
     * Sets the request id vLLM uses in its logs and outputs.
     *
     * @param requestId the value, or {@code null} to unset
     * @return this builder
     */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Replaces vLLM's KV-cache transfer parameters (disaggregated serving).
     *
     * @param kvTransferParams the entries
     * @return this builder
     */
    public Builder kvTransferParams(Map<String, ? extends @Nullable Object> kvTransferParams) {
      this.kvTransferParams =
          new LinkedHashMap<>(Objects.requireNonNull(kvTransferParams, "kvTransferParams == null"));
      return this;
    }

    /**
     * Adds one entry to vLLM's KV-cache transfer parameters (disaggregated serving).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putKvTransferParam(String key, @Nullable Object value) {
      if (this.kvTransferParams == null) {
        this.kvTransferParams = new LinkedHashMap<>();
      }
      this.kvTransferParams.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Adds a top-level JSON property that has no typed setter here (for example a newer vLLM
     * sampling parameter). It is written after the typed properties; do not use it for a property
     * that has a typed setter.
     *
     * @param key the JSON property name
     * @param value a plain Java value (map, list, string, number, boolean or null)
     * @return this builder
     */
    public Builder putExtraBody(String key, @Nullable Object value) {
      extraBody.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Replaces all extra top-level JSON properties.
     *
     * @param extraBody the properties
     * @return this builder
     */
    public Builder extraBody(Map<String, ? extends @Nullable Object> extraBody) {
      this.extraBody.clear();
      this.extraBody.putAll(Objects.requireNonNull(extraBody, "extraBody == null"));
      return this;
    }

    /**
     * Sets one stop sequence (sent as a string).
     *
     * @param stop the stop sequence, or {@code null} to unset
     * @return this builder
     */
    public Builder stop(@Nullable String stop) {
      this.stop = stop;
      return this;
    }

    /**
     * Sets stop sequences (sent as a list).
     *
     * @param stop the stop sequences
     * @return this builder
     */
    public Builder stop(List<String> stop) {
      this.stop = Props.copy(stop, "stop");
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
      Props.checkNotBlank("model", model);
      Props.checkAtLeast("maxTokens", maxTokens, 1);
      Props.checkAtLeast("n", n, 1);
      Props.checkRange("temperature", temperature, 0, 2);
      Props.checkRange("frequencyPenalty", frequencyPenalty, -2, 2);
      Props.checkRange("presencePenalty", presencePenalty, -2, 2);
      if (topP != null && !(topP > 0 && topP <= 1)) {
        throw new IllegalArgumentException("topP must be > 0 and <= 1 but was " + topP);
      }
      Props.checkAtLeast("topK", topK, -1);
      Props.checkRange("minP", minP, 0, 1);
      if (repetitionPenalty != null && !(repetitionPenalty > 0)) {
        throw new IllegalArgumentException(
            "repetitionPenalty must be > 0 but was " + repetitionPenalty);
      }
      Props.checkAtLeast("minTokens", minTokens, 0);
      if (minTokens != null && maxTokens != null && minTokens > maxTokens) {
        throw new IllegalArgumentException(
            "minTokens must be <= maxTokens but was " + minTokens + " > " + maxTokens);
      }
      Props.checkAtLeast("promptLogprobs", promptLogprobs, 0);
      Props.checkAtLeast("truncatePromptTokens", truncatePromptTokens, 1);
      if (logitBias != null) {
        for (Map.Entry<String, Double> e : logitBias.entrySet()) {
          Props.checkRange("logitBias[" + e.getKey() + "]", e.getValue(), -100, 100);
        }
      }
      if (prompt == null) {
        throw new IllegalArgumentException("prompt must be set");
      }
      if (prompt instanceof List && ((List<?>) prompt).isEmpty()) {
        throw new IllegalArgumentException("prompts must not be empty");
      }
      Props.checkAtLeast("bestOf", bestOf, 1);
      Props.checkAtLeast("logprobs", logprobs, 0);
      Props.checkExtraBody(extraBody, TYPED_PROPERTIES);
      return new CompletionRequest(this);
    }
  }
}
