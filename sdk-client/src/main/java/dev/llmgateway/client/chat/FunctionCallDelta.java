package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A piece of a streamed function call: the name (usually in the first piece) and a fragment of the
 * arguments. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableFunctionCallDelta.class)
public abstract class FunctionCallDelta implements Extensible {

  FunctionCallDelta() {}

  /**
   * Returns the function name, usually only in the first piece.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /**
   * Returns the next fragment of the arguments JSON text.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("arguments")
  public abstract Optional<String> arguments();

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

  /** Builds {@link FunctionCallDelta} values. No field is required. */
  public static final class Builder extends ImmutableFunctionCallDelta.Builder {
    Builder() {}
  }
}
