package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.Choice;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** One choice of a chat completion. This class is immutable. */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChatChoice.class)
@JsonPropertyOrder({"index", "message", "logprobs", "finish_reason", "stop_reason"})
public abstract class ChatChoice extends Choice {

  private static final ChatMessage EMPTY_MESSAGE =
      ChatMessage.builder().role(Role.ASSISTANT).build();

  ChatChoice() {}

  /**
   * Returns the message as sent; {@link #message()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("message")
  protected abstract @Nullable ChatMessage messageRaw();

  /**
   * Returns the log probabilities of the generated tokens.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("logprobs")
  public abstract Optional<ChatLogprobs> logprobs();

  /**
   * Returns the generated message.
   *
   * @return the value, an empty assistant message when absent
   */
  public ChatMessage message() {
    ChatMessage message = messageRaw();
    return message != null ? message : EMPTY_MESSAGE;
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

  /** Builds {@link ChatChoice} values. No field is required; {@code index} must be >= 0. */
  public static final class Builder extends ImmutableChatChoice.Builder {
    Builder() {}
  }
}
