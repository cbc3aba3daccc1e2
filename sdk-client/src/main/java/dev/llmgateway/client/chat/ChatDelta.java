package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What one stream chunk adds to the message of a choice: a role (first chunk), a piece of text or
 * reasoning, or pieces of tool calls. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChatDelta.class)
public abstract class ChatDelta implements Extensible {

  ChatDelta() {}

  /**
   * Returns the role, usually only in the first chunk.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("role")
  public abstract Optional<Role> role();

  /**
   * Returns the next piece of text.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("content")
  public abstract Optional<String> content();

  /**
   * Returns pieces of tool calls.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("tool_calls")
  public abstract List<ToolCallDelta> toolCalls();

  /**
   * Returns vLLM's {@code reasoning} as sent; {@link #reasoning()} is what to read.
   *
   * @return the value, or null when not sent
   */
  @JsonProperty("reasoning")
  protected abstract @Nullable String reasoningRaw();

  /**
   * Returns the older {@code reasoning_content} as sent; {@link #reasoning()} is what to read.
   *
   * @return the value, or null when not sent
   */
  @JsonProperty("reasoning_content")
  protected abstract @Nullable String reasoningContentRaw();

  /**
   * Returns the reasoning text of a reasoning model: vLLM's {@code reasoning}, or the older {@code
   * reasoning_content} when only that was sent.
   *
   * @return the reasoning, or empty when none was sent
   */
  public Optional<String> reasoning() {
    String reasoning = reasoningRaw();
    return Optional.ofNullable(reasoning != null ? reasoning : reasoningContentRaw());
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

  /** Builds {@link ChatDelta} values. No field is required. */
  public static final class Builder extends ImmutableChatDelta.Builder {
    Builder() {}
  }
}
