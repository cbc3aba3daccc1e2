package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What one stream chunk adds to the message of a choice: a role (first chunk), a piece of text or
 * reasoning, or pieces of tool calls. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChatDelta.class)
@JsonPropertyOrder({"role", "content", "tool_calls"})
public abstract class ChatDelta extends WithReasoning {

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
