package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.CompletionEnvelope;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One chunk of a streamed chat completion ({@code object: "chat.completion.chunk"}). The text of a
 * chunk is {@code chunk.choices().get(i).delta().content()}. With {@code
 * stream_options.include_usage} the last chunk has no choices and carries {@code usage}. This class
 * is immutable.
 */
@JsonPropertyOrder({"id", "object", "created", "model", "choices", "usage", "system_fingerprint"})
public final class ChatCompletionChunk extends CompletionEnvelope {

  private @Nullable List<ChunkChoice> choices;

  private ChatCompletionChunk() {}

  private ChatCompletionChunk(Builder b) {
    super(b);
    this.choices = b.choices == null ? null : Props.copy(b.choices, "choices");
  }

  @Override
  protected String defaultObject() {
    return "chat.completion.chunk";
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
    b.choices = choices == null ? null : new ArrayList<>(choices);
    return b;
  }

  /**
   * Returns the choices in this chunk (empty in a usage-only chunk).
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<ChunkChoice> choices() {
    return choices == null ? List.of() : choices;
  }

  @JsonProperty("choices")
  private @Nullable List<ChunkChoice> choicesJson() {
    return choices;
  }

  @JsonProperty("choices")
  private void choicesJson(@Nullable List<ChunkChoice> value) {
    this.choices = value == null ? null : Props.wrap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ChatCompletionChunk)) {
      return false;
    }
    ChatCompletionChunk that = (ChatCompletionChunk) o;
    return envelopeEquals(that) && Objects.equals(choices(), that.choices());
  }

  @Override
  public int hashCode() {
    return 31 * envelopeHashCode() + Objects.hash(choices());
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChatCompletionChunk} values. No field is required. */
  public static final class Builder extends CompletionEnvelope.Builder<Builder> {
    private @Nullable List<ChunkChoice> choices;

    private Builder() {}

    private Builder(ChatCompletionChunk from) {
      super(from);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Replaces the choices in this chunk (empty in a usage-only chunk).
     *
     * @param choices the values
     * @return this builder
     */
    public Builder choices(List<? extends ChunkChoice> choices) {
      this.choices = new ArrayList<>(Objects.requireNonNull(choices, "choices == null"));
      return this;
    }

    /**
     * Adds one of the choices in this chunk (empty in a usage-only chunk).
     *
     * @param choice the value
     * @return this builder
     */
    public Builder addChoice(ChunkChoice choice) {
      if (this.choices == null) {
        this.choices = new ArrayList<>();
      }
      this.choices.add(Objects.requireNonNull(choice, "choice == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public ChatCompletionChunk build() {
      return new ChatCompletionChunk(this);
    }
  }
}
