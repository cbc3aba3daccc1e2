package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.CompletionEnvelope;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.WireStyle;
import dev.llmgateway.client.internal.json.WireValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The result of a chat completion call ({@code object: "chat.completion"}), also what {@link
 * ChatCompletionAccumulator} builds from a stream. Tolerates vLLM's variations: missing {@code
 * created} or {@code object}, {@code usage: null}; {@code prompt_logprobs} and {@code
 * kv_transfer_params} are kept. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChatCompletion.class)
@JsonPropertyOrder({
  "id",
  "object",
  "created",
  "model",
  "choices",
  "usage",
  "system_fingerprint",
  "prompt_logprobs",
  "kv_transfer_params"
})
public abstract class ChatCompletion extends CompletionEnvelope {

  ChatCompletion() {}

  /**
   * Returns the choices.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("choices")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = WireValues.Absent.class)
  public abstract List<ChatChoice> choices();

  /**
   * Returns vLLM's log probabilities of the prompt tokens.
   *
   * @return the value as plain Java values (maps, lists, strings, numbers, booleans), or empty
   */
  @JsonProperty("prompt_logprobs")
  public abstract Optional<Object> promptLogprobs();

  /**
   * Returns vLLM's KV-cache transfer parameters (disaggregated serving).
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("kv_transfer_params")
  @AllowNulls
  public abstract Map<String, Object> kvTransferParams();

  @Override
  protected String defaultObject() {
    return "chat.completion";
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

  /** Builds {@link ChatCompletion} values. No field is required. */
  public static final class Builder extends ImmutableChatCompletion.Builder {
    Builder() {}
  }
}
