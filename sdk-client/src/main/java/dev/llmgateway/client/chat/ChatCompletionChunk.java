package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.CompletionEnvelope;
import dev.llmgateway.client.internal.json.WireStyle;
import dev.llmgateway.client.internal.json.WireValues;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One chunk of a streamed chat completion ({@code object: "chat.completion.chunk"}). The text of a
 * chunk is {@code chunk.choices().get(i).delta().content()}. With {@code
 * stream_options.include_usage} the last chunk has no choices and carries {@code usage}. This class
 * is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChatCompletionChunk.class)
@JsonPropertyOrder({"id", "object", "created", "model", "choices", "usage", "system_fingerprint"})
public abstract class ChatCompletionChunk extends CompletionEnvelope {

  ChatCompletionChunk() {}

  @Override
  protected String defaultObject() {
    return "chat.completion.chunk";
  }

  /**
   * Returns the choices of this chunk.
   *
   * @return an unmodifiable list, empty when absent (the usage chunk)
   */
  @JsonProperty("choices")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = WireValues.Absent.class)
  public abstract List<ChunkChoice> choices();

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

  /** Builds {@link ChatCompletionChunk} values. No field is required. */
  public static final class Builder extends ImmutableChatCompletionChunk.Builder {
    Builder() {}
  }
}
