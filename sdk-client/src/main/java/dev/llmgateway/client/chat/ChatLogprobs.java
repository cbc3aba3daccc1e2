package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.common.TokenLogprob;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Log probabilities of a chat choice ({@code logprobs}). This class is immutable. */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChatLogprobs.class)
public abstract class ChatLogprobs implements Extensible {

  ChatLogprobs() {}

  /**
   * Returns the log probabilities of the content tokens, in order.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("content")
  public abstract List<TokenLogprob> content();

  /**
   * Returns the log probabilities of refusal tokens.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("refusal")
  public abstract List<TokenLogprob> refusal();

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

  /** Builds {@link ChatLogprobs} values. No field is required. */
  public static final class Builder extends ImmutableChatLogprobs.Builder {
    Builder() {}
  }
}
