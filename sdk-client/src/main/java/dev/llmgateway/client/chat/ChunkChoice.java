package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.Choice;
import dev.llmgateway.client.internal.json.Json;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One choice in a stream chunk. This class is immutable. */
@JsonPropertyOrder({"index", "delta", "logprobs", "finish_reason", "stop_reason"})
public final class ChunkChoice extends Choice {

  private static final ChatDelta EMPTY_DELTA = ChatDelta.builder().build();

  @JsonProperty("delta")
  private @Nullable ChatDelta delta;

  @JsonProperty("logprobs")
  private @Nullable ChatLogprobs logprobs;

  private ChunkChoice() {}

  private ChunkChoice(Builder b) {
    super(b);
    this.delta = b.delta;
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
    b.delta = delta;
    b.logprobs = logprobs;
    return b;
  }

  /**
   * Returns the new part of the message (empty when the chunk has none).
   *
   * @return the value, a default when absent
   */
  public ChatDelta delta() {
    return delta == null ? EMPTY_DELTA : delta;
  }

  /**
   * Returns the log probabilities of the new tokens.
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
    if (!(o instanceof ChunkChoice)) {
      return false;
    }
    ChunkChoice that = (ChunkChoice) o;
    return choiceEquals(that)
        && Objects.equals(delta, that.delta)
        && Objects.equals(logprobs, that.logprobs);
  }

  @Override
  public int hashCode() {
    return 31 * choiceHashCode() + Objects.hash(delta, logprobs);
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChunkChoice} values. No field is required. */
  public static final class Builder extends Choice.Builder<Builder> {
    private @Nullable ChatDelta delta;
    private @Nullable ChatLogprobs logprobs;

    private Builder() {}

    private Builder(ChunkChoice from) {
      super(from);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the new part of the message (empty when the chunk has none).
     *
     * @param delta the value, or {@code null} to unset
     * @return this builder
     */
    public Builder delta(@Nullable ChatDelta delta) {
      this.delta = delta;
      return this;
    }

    /**
     * Sets the log probabilities of the new tokens.
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
    public ChunkChoice build() {
      checkChoice();
      return new ChunkChoice(this);
    }
  }
}
