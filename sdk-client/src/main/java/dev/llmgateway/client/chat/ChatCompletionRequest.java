package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.SamplingRequest;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.Props;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

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
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChatCompletionRequest.class)
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
public abstract class ChatCompletionRequest extends SamplingRequest {

  ChatCompletionRequest() {}

  /**
   * Returns the messages of the conversation so far.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("messages")
  public abstract List<ChatMessage> messages();

  /**
   * Returns the maximum number of tokens to generate (newer OpenAI name of {@code max_tokens}), at
   * least 1.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("max_completion_tokens")
  public abstract OptionalInt maxCompletionTokens();

  /**
   * Returns whether log probabilities of the output tokens are returned.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("logprobs")
  public abstract Optional<Boolean> logprobs();

  /**
   * Returns the number of most likely tokens returned per position, between 0 and 20.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("top_logprobs")
  public abstract OptionalInt topLogprobs();

  /**
   * Returns the output format (text, JSON object or JSON schema).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("response_format")
  public abstract Optional<ResponseFormat> responseFormat();

  /**
   * Returns the tools the model may call.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("tools")
  public abstract List<Tool> tools();

  /**
   * Returns which tool the model may call.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("tool_choice")
  public abstract Optional<ToolChoice> toolChoice();

  /**
   * Returns whether the model may call several tools at once.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("parallel_tool_calls")
  public abstract Optional<Boolean> parallelToolCalls();

  /**
   * Returns the reasoning effort of a reasoning model ({@code low}, {@code medium}, {@code high}).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("reasoning_effort")
  public abstract Optional<String> reasoningEffort();

  /**
   * Returns whether vLLM prepends the last message to the output when it has the same role.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("echo")
  public abstract Optional<Boolean> echo();

  /**
   * Returns whether vLLM adds the generation prompt of the chat template.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("add_generation_prompt")
  public abstract Optional<Boolean> addGenerationPrompt();

  /**
   * Returns whether vLLM continues the final (assistant) message instead of starting a new one.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("continue_final_message")
  public abstract Optional<Boolean> continueFinalMessage();

  /**
   * Returns whether vLLM adds special tokens (BOS) on top of the chat template.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("add_special_tokens")
  public abstract Optional<Boolean> addSpecialTokens();

  /**
   * Returns a chat template that replaces the model's (Jinja).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("chat_template")
  public abstract Optional<String> chatTemplate();

  /**
   * Returns extra arguments for the chat template, e.g. {@code enable_thinking}.
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("chat_template_kwargs")
  @AllowNulls
  public abstract Map<String, Object> chatTemplateKwargs();

  @Override
  protected void checkOwn() {
    if (messages().isEmpty()) {
      throw new IllegalArgumentException("messages must not be empty");
    }
    maxCompletionTokens().ifPresent(v -> Checks.atLeast(v, 1, "maxCompletionTokens"));
    if (topLogprobs().isPresent()
        && (topLogprobs().getAsInt() < 0 || topLogprobs().getAsInt() > 20)) {
      throw new IllegalArgumentException(
          "topLogprobs must be between 0 and 20 but was " + topLogprobs().getAsInt());
    }
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

  /**
   * Builds {@link ChatCompletionRequest} values. Required: {@code model} and at least one message.
   */
  public static final class Builder extends ImmutableChatCompletionRequest.Builder {
    Builder() {}

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
