package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.SamplingRequest;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to {@code POST /v1/chat/completions}: the OpenAI fields plus typed vLLM sampling extras
 * and a free {@code extraBody}. Unset fields are not sent; {@code guided_*} fields are never sent
 * (vLLM 0.12 and later ignore them; use {@link #structuredOutputs()}). The fields it shares with
 * completion requests (sampling, vLLM extras, {@code extraBody}) are declared in {@link
 * SamplingRequest}. This class is immutable.
 *
 * <pre>{@code
 * ChatCompletionRequest request = ChatCompletionRequest.builder()
 *     .model("/gcs/google/gemma-3-1b-it")
 *     .addSystemMessage("Answer in one word.")
 *     .addUserMessage("What is the capital of France?")
 *     .maxTokens(10)
 *     .temperature(0.2)
 *     .build();
 * }</pre>
 */
@JsonPropertyOrder({
  "model",
  "messages",
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
  "max_completion_tokens",
  "logprobs",
  "top_logprobs",
  "response_format",
  "tools",
  "tool_choice",
  "parallel_tool_calls",
  "reasoning_effort",
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
  "kv_transfer_params",
  "echo",
  "add_generation_prompt",
  "continue_final_message",
  "add_special_tokens",
  "chat_template",
  "chat_template_kwargs"
})
public final class ChatCompletionRequest extends SamplingRequest {

  private @Nullable List<ChatMessage> messages;

  @JsonProperty("max_completion_tokens")
  private @Nullable Integer maxCompletionTokens;

  @JsonProperty("logprobs")
  private @Nullable Boolean logprobs;

  @JsonProperty("top_logprobs")
  private @Nullable Integer topLogprobs;

  @JsonProperty("response_format")
  private @Nullable ResponseFormat responseFormat;

  private @Nullable List<Tool> tools;

  @JsonProperty("tool_choice")
  private @Nullable ToolChoice toolChoice;

  @JsonProperty("parallel_tool_calls")
  private @Nullable Boolean parallelToolCalls;

  @JsonProperty("reasoning_effort")
  private @Nullable String reasoningEffort;

  @JsonProperty("echo")
  private @Nullable Boolean echo;

  @JsonProperty("add_generation_prompt")
  private @Nullable Boolean addGenerationPrompt;

  @JsonProperty("continue_final_message")
  private @Nullable Boolean continueFinalMessage;

  @JsonProperty("add_special_tokens")
  private @Nullable Boolean addSpecialTokens;

  @JsonProperty("chat_template")
  private @Nullable String chatTemplate;

  private @Nullable Map<String, @Nullable Object> chatTemplateKwargs;

  private static final Set<String> TYPED_PROPERTIES =
      Props.orderedProperties(ChatCompletionRequest.class);

  private ChatCompletionRequest() {}

  private ChatCompletionRequest(Builder b) {
    super(b);
    this.messages = b.messages == null ? null : Props.copy(b.messages, "messages");
    this.maxCompletionTokens = b.maxCompletionTokens;
    this.logprobs = b.logprobs;
    this.topLogprobs = b.topLogprobs;
    this.responseFormat = b.responseFormat;
    this.tools = b.tools == null ? null : Props.copy(b.tools, "tools");
    this.toolChoice = b.toolChoice;
    this.parallelToolCalls = b.parallelToolCalls;
    this.reasoningEffort = b.reasoningEffort;
    this.echo = b.echo;
    this.addGenerationPrompt = b.addGenerationPrompt;
    this.continueFinalMessage = b.continueFinalMessage;
    this.addSpecialTokens = b.addSpecialTokens;
    this.chatTemplate = b.chatTemplate;
    this.chatTemplateKwargs = Props.copyOrNull(b.chatTemplateKwargs);
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
    b.messages = messages == null ? null : new ArrayList<>(messages);
    b.maxCompletionTokens = maxCompletionTokens;
    b.logprobs = logprobs;
    b.topLogprobs = topLogprobs;
    b.responseFormat = responseFormat;
    b.tools = tools == null ? null : new ArrayList<>(tools);
    b.toolChoice = toolChoice;
    b.parallelToolCalls = parallelToolCalls;
    b.reasoningEffort = reasoningEffort;
    b.echo = echo;
    b.addGenerationPrompt = addGenerationPrompt;
    b.continueFinalMessage = continueFinalMessage;
    b.addSpecialTokens = addSpecialTokens;
    b.chatTemplate = chatTemplate;
    b.chatTemplateKwargs =
        chatTemplateKwargs == null ? null : new LinkedHashMap<>(chatTemplateKwargs);
    return b;
  }

  /**
   * Returns the messages of the conversation so far.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<ChatMessage> messages() {
    return messages == null ? List.of() : messages;
  }

  /**
   * Returns the maximum number of tokens to generate (newer OpenAI name of {@code max_tokens}), at
   * least 1.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt maxCompletionTokens() {
    return maxCompletionTokens == null ? OptionalInt.empty() : OptionalInt.of(maxCompletionTokens);
  }

  /**
   * Returns whether log probabilities of the output tokens are returned.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> logprobs() {
    return Optional.ofNullable(logprobs);
  }

  /**
   * Returns the number of most likely tokens returned per position, between 0 and 20.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt topLogprobs() {
    return topLogprobs == null ? OptionalInt.empty() : OptionalInt.of(topLogprobs);
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
   * Returns the tools the model may call.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<Tool> tools() {
    return tools == null ? List.of() : tools;
  }

  /**
   * Returns which tool the model may call.
   *
   * @return the value, or empty when not set
   */
  public Optional<ToolChoice> toolChoice() {
    return Optional.ofNullable(toolChoice);
  }

  /**
   * Returns whether the model may call several tools at once.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> parallelToolCalls() {
    return Optional.ofNullable(parallelToolCalls);
  }

  /**
   * Returns the reasoning effort of a reasoning model ({@code low}, {@code medium}, {@code high}).
   *
   * @return the value, or empty when not set
   */
  public Optional<String> reasoningEffort() {
    return Optional.ofNullable(reasoningEffort);
  }

  /**
   * Returns whether vLLM prepends the last message to the output when it has the same role.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> echo() {
    return Optional.ofNullable(echo);
  }

  /**
   * Returns whether vLLM adds the generation prompt of the chat template.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> addGenerationPrompt() {
    return Optional.ofNullable(addGenerationPrompt);
  }

  /**
   * Returns whether vLLM continues the final (assistant) message instead of starting a new one.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> continueFinalMessage() {
    return Optional.ofNullable(continueFinalMessage);
  }

  /**
   * Returns whether vLLM adds special tokens (BOS) on top of the chat template.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> addSpecialTokens() {
    return Optional.ofNullable(addSpecialTokens);
  }

  /**
   * Returns a chat template that replaces the model's (Jinja).
   *
   * @return the value, or empty when not set
   */
  public Optional<String> chatTemplate() {
    return Optional.ofNullable(chatTemplate);
  }

  /**
   * Returns extra arguments for the chat template, e.g. {@code enable_thinking}.
   *
   * @return an unmodifiable map, empty when absent
   */
  public Map<String, @Nullable Object> chatTemplateKwargs() {
    return Props.view(chatTemplateKwargs);
  }

  @JsonProperty("messages")
  private @Nullable List<ChatMessage> messagesJson() {
    return messages;
  }

  @JsonProperty("messages")
  private void messagesJson(@Nullable List<ChatMessage> value) {
    this.messages = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("tools")
  private @Nullable List<Tool> toolsJson() {
    return tools;
  }

  @JsonProperty("tools")
  private void toolsJson(@Nullable List<Tool> value) {
    this.tools = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("chat_template_kwargs")
  private @Nullable Map<String, @Nullable Object> chatTemplateKwargsJson() {
    return chatTemplateKwargs;
  }

  @JsonProperty("chat_template_kwargs")
  private void chatTemplateKwargsJson(@Nullable Map<String, @Nullable Object> value) {
    this.chatTemplateKwargs = value == null ? null : Collections.unmodifiableMap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ChatCompletionRequest)) {
      return false;
    }
    ChatCompletionRequest that = (ChatCompletionRequest) o;
    return samplingEquals(that)
        && Objects.equals(messages(), that.messages())
        && Objects.equals(maxCompletionTokens, that.maxCompletionTokens)
        && Objects.equals(logprobs, that.logprobs)
        && Objects.equals(topLogprobs, that.topLogprobs)
        && Objects.equals(responseFormat, that.responseFormat)
        && Objects.equals(tools(), that.tools())
        && Objects.equals(toolChoice, that.toolChoice)
        && Objects.equals(parallelToolCalls, that.parallelToolCalls)
        && Objects.equals(reasoningEffort, that.reasoningEffort)
        && Objects.equals(echo, that.echo)
        && Objects.equals(addGenerationPrompt, that.addGenerationPrompt)
        && Objects.equals(continueFinalMessage, that.continueFinalMessage)
        && Objects.equals(addSpecialTokens, that.addSpecialTokens)
        && Objects.equals(chatTemplate, that.chatTemplate)
        && Props.sameProps(chatTemplateKwargs, that.chatTemplateKwargs);
  }

  @Override
  public int hashCode() {
    return 31 * samplingHashCode()
        + Objects.hash(
            messages(),
            maxCompletionTokens,
            logprobs,
            topLogprobs,
            responseFormat,
            tools(),
            toolChoice,
            parallelToolCalls,
            reasoningEffort,
            echo,
            addGenerationPrompt,
            continueFinalMessage,
            addSpecialTokens,
            chatTemplate,
            Props.propsHash(chatTemplateKwargs));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /**
   * Builds {@link ChatCompletionRequest} values. Required: {@code model} and at least one message.
   */
  public static final class Builder extends SamplingRequest.Builder<Builder> {
    private @Nullable List<ChatMessage> messages;
    private @Nullable Integer maxCompletionTokens;
    private @Nullable Boolean logprobs;
    private @Nullable Integer topLogprobs;
    private @Nullable ResponseFormat responseFormat;
    private @Nullable List<Tool> tools;
    private @Nullable ToolChoice toolChoice;
    private @Nullable Boolean parallelToolCalls;
    private @Nullable String reasoningEffort;
    private @Nullable Boolean echo;
    private @Nullable Boolean addGenerationPrompt;
    private @Nullable Boolean continueFinalMessage;
    private @Nullable Boolean addSpecialTokens;
    private @Nullable String chatTemplate;
    private @Nullable Map<String, @Nullable Object> chatTemplateKwargs;

    private Builder() {}

    private Builder(ChatCompletionRequest from) {
      super(from);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Replaces the messages of the conversation so far.
     *
     * @param messages the values
     * @return this builder
     */
    public Builder messages(List<? extends ChatMessage> messages) {
      this.messages = new ArrayList<>(Objects.requireNonNull(messages, "messages == null"));
      return this;
    }

    /**
     * Adds one of the messages of the conversation so far.
     *
     * @param message the value
     * @return this builder
     */
    public Builder addMessage(ChatMessage message) {
      if (this.messages == null) {
        this.messages = new ArrayList<>();
      }
      this.messages.add(Objects.requireNonNull(message, "message == null"));
      return this;
    }

    /**
     * Sets the maximum number of tokens to generate (newer OpenAI name of {@code max_tokens}), at
     * least 1.
     *
     * @param maxCompletionTokens the value
     * @return this builder
     */
    public Builder maxCompletionTokens(int maxCompletionTokens) {
      this.maxCompletionTokens = maxCompletionTokens;
      return this;
    }

    /**
     * Sets whether log probabilities of the output tokens are returned.
     *
     * @param logprobs the value
     * @return this builder
     */
    public Builder logprobs(boolean logprobs) {
      this.logprobs = logprobs;
      return this;
    }

    /**
     * Sets the number of most likely tokens returned per position, between 0 and 20.
     *
     * @param topLogprobs the value
     * @return this builder
     */
    public Builder topLogprobs(int topLogprobs) {
      this.topLogprobs = topLogprobs;
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
     * Replaces the tools the model may call.
     *
     * @param tools the values
     * @return this builder
     */
    public Builder tools(List<? extends Tool> tools) {
      this.tools = new ArrayList<>(Objects.requireNonNull(tools, "tools == null"));
      return this;
    }

    /**
     * Adds one of the tools the model may call.
     *
     * @param tool the value
     * @return this builder
     */
    public Builder addTool(Tool tool) {
      if (this.tools == null) {
        this.tools = new ArrayList<>();
      }
      this.tools.add(Objects.requireNonNull(tool, "tool == null"));
      return this;
    }

    /**
     * Sets which tool the model may call.
     *
     * @param toolChoice the value, or {@code null} to unset
     * @return this builder
     */
    public Builder toolChoice(@Nullable ToolChoice toolChoice) {
      this.toolChoice = toolChoice;
      return this;
    }

    /**
     * Sets whether the model may call several tools at once.
     *
     * @param parallelToolCalls the value
     * @return this builder
     */
    public Builder parallelToolCalls(boolean parallelToolCalls) {
      this.parallelToolCalls = parallelToolCalls;
      return this;
    }

    /**
     * Sets the reasoning effort of a reasoning model ({@code low}, {@code medium}, {@code high}).
     *
     * @param reasoningEffort the value, or {@code null} to unset
     * @return this builder
     */
    public Builder reasoningEffort(@Nullable String reasoningEffort) {
      this.reasoningEffort = reasoningEffort;
      return this;
    }

    /**
     * Sets whether vLLM prepends the last message to the output when it has the same role.
     *
     * @param echo the value
     * @return this builder
     */
    public Builder echo(boolean echo) {
      this.echo = echo;
      return this;
    }

    /**
     * Sets whether vLLM adds the generation prompt of the chat template.
     *
     * @param addGenerationPrompt the value
     * @return this builder
     */
    public Builder addGenerationPrompt(boolean addGenerationPrompt) {
      this.addGenerationPrompt = addGenerationPrompt;
      return this;
    }

    /**
     * Sets whether vLLM continues the final (assistant) message instead of starting a new one.
     *
     * @param continueFinalMessage the value
     * @return this builder
     */
    public Builder continueFinalMessage(boolean continueFinalMessage) {
      this.continueFinalMessage = continueFinalMessage;
      return this;
    }

    /**
     * Sets whether vLLM adds special tokens (BOS) on top of the chat template.
     *
     * @param addSpecialTokens the value
     * @return this builder
     */
    public Builder addSpecialTokens(boolean addSpecialTokens) {
      this.addSpecialTokens = addSpecialTokens;
      return this;
    }

    /**
     * Sets a chat template that replaces the model's (Jinja).
     *
     * @param chatTemplate the value, or {@code null} to unset
     * @return this builder
     */
    public Builder chatTemplate(@Nullable String chatTemplate) {
      this.chatTemplate = chatTemplate;
      return this;
    }

    /**
     * Replaces extra arguments for the chat template, e.g. {@code enable_thinking}.
     *
     * @param chatTemplateKwargs the entries
     * @return this builder
     */
    public Builder chatTemplateKwargs(Map<String, ? extends @Nullable Object> chatTemplateKwargs) {
      this.chatTemplateKwargs =
          new LinkedHashMap<>(
              Objects.requireNonNull(chatTemplateKwargs, "chatTemplateKwargs == null"));
      return this;
    }

    /**
     * Adds one entry to extra arguments for the chat template, e.g. {@code enable_thinking}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putChatTemplateKwarg(String key, @Nullable Object value) {
      if (this.chatTemplateKwargs == null) {
        this.chatTemplateKwargs = new LinkedHashMap<>();
      }
      this.chatTemplateKwargs.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Adds a system message.
     *
     * @param content the instructions
     * @return this builder
     */
    public Builder addSystemMessage(String content) {
      return addMessage(ChatMessage.system(content));
    }

    /**
     * Adds a user message.
     *
     * @param content the text
     * @return this builder
     */
    public Builder addUserMessage(String content) {
      return addMessage(ChatMessage.user(content));
    }

    /**
     * Adds an assistant message (an earlier answer).
     *
     * @param content the text
     * @return this builder
     */
    public Builder addAssistantMessage(String content) {
      return addMessage(ChatMessage.assistant(content));
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public ChatCompletionRequest build() {
      checkSampling();
      if (messages == null || messages.isEmpty()) {
        throw new IllegalArgumentException("messages must not be empty");
      }
      Props.checkAtLeast("maxCompletionTokens", maxCompletionTokens, 1);
      if (topLogprobs != null && (topLogprobs < 0 || topLogprobs > 20)) {
        throw new IllegalArgumentException(
            "topLogprobs must be between 0 and 20 but was " + topLogprobs);
      }
      checkExtraBody(TYPED_PROPERTIES);
      return new ChatCompletionRequest(this);
    }
  }
}
