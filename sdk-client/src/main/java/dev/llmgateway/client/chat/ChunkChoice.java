package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.Choice;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** One choice of a streamed chat completion chunk. This class is immutable. */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChunkChoice.class)
@JsonPropertyOrder({"index", "delta", "logprobs", "finish_reason", "stop_reason"})
public abstract class ChunkChoice extends Choice {

  private static final ChatDelta EMPTY_DELTA = ChatDelta.builder().build();

  ChunkChoice() {}

  /**
   * Returns the delta as sent; {@link #delta()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("delta")
  protected abstract @Nullable ChatDelta deltaRaw();

  /**
   * Returns what this chunk adds to the message.
   *
   * @return the value, an empty delta when absent
   */
  public ChatDelta delta() {
    ChatDelta delta = deltaRaw();
    return delta != null ? delta : EMPTY_DELTA;
  }

  /**
   * Returns the log probabilities of the tokens of this chunk.
   *
   * @return the value, or empty when not requested
   */
  @JsonProperty("logprobs")
  public abstract Optional<ChatLogprobs> logprobs();

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

  /** Builds {@link ChunkChoice} values. No field is required; {@code index} must be >= 0. */
  public static final class Builder extends ImmutableChunkChoice.Builder {
    Builder() {}
  }
}
