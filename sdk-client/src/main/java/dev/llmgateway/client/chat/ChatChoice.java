package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.Choice;
import dev.llmgateway.client.internal.json.Json;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One choice of a chat completion. This class is immutable. */
@JsonPropertyOrder({"index", "message", "logprobs", "finish_reason", "stop_reason"})
public final class ChatChoice extends Choice {

  private static final ChatMessage EMPTY_MESSAGE =
      ChatMessage.builder().role(Role.ASSISTANT).build();

  @JsonProperty("message")
  private @Nullable ChatMessage message;

  @JsonProperty("logprobs")
  private @Nullable ChatLogprobs logprobs;

  private ChatChoice() {}

  private ChatChoice(Builder b) {
    super(b);
    this.message = b.message;
    this.logprobs = b.logprobs;
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
    b.message = message;
    b.logprobs = logprobs;
    return b;
  }

  /**
   * Returns the generated message.
   *
   * @return the value, a default when absent
   */
  public ChatMessage message() {
    return message == null ? EMPTY_MESSAGE : message;
  }

  /**
   * Returns the log probabilities of the generated tokens.
   *
   * @return the value, or empty when not set
   */
  public Optional<ChatLogprobs> logprobs() {
    return Optional.ofNullable(logprobs);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ChatChoice)) {
      return false;
    }
    ChatChoice that = (ChatChoice) o;
    return choiceEquals(that)
        && Objects.equals(message, that.message)
        && Objects.equals(logprobs, that.logprobs);
  }

  @Override
  public int hashCode() {
    return 31 * choiceHashCode() + Objects.hash(message, logprobs);
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChatChoice} values. No field is required. */
  public static final class Builder extends Choice.Builder<Builder> {
    private @Nullable ChatMessage message;
    private @Nullable ChatLogprobs logprobs;

    private Builder() {}

    private Builder(ChatChoice from) {
      super(from);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the generated message.
     *
     * @param message the value, or {@code null} to unset
     * @return this builder
     */
    public Builder message(@Nullable ChatMessage message) {
      this.message = message;
      return this;
    }

    /**
     * Sets the log probabilities of the generated tokens.
     *
     * @param logprobs the value, or {@code null} to unset
     * @return this builder
     */
    public Builder logprobs(@Nullable ChatLogprobs logprobs) {
      this.logprobs = logprobs;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public ChatChoice build() {
      checkChoice();
      return new ChatChoice(this);
    }
  }
}
