package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A piece of a streamed tool call; pieces with the same {@code index} belong to one call. This
 * class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableToolCallDelta.class)
public abstract class ToolCallDelta implements Extensible {

  ToolCallDelta() {}

  /**
   * Returns the position of the call among the tool calls of the choice.
   *
   * @return the value
   */
  @JsonProperty("index")
  @Value.Default
  public int index() {
    return 0;
  }

  /**
   * Returns the call id, usually only in the first piece.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /**
   * Returns the tool type, usually only in the first piece.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("type")
  public abstract Optional<String> type();

  /**
   * Returns the function piece.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("function")
  public abstract Optional<FunctionCallDelta> function();

  /**
   * Checks the fields; runs once, when a value is built.
   *
   * @throws IllegalArgumentException if a field is invalid (the message names it)
   */
  @Value.Check
  void check() {
    Checks.nonNegative(index(), "index");
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

  /** Builds {@link ToolCallDelta} values. No field is required; {@code index} must be >= 0. */
  public static final class Builder extends ImmutableToolCallDelta.Builder {
    Builder() {}
  }
}
