package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A tool the model may call; today always a function. This class is immutable. */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableTool.class)
public abstract class Tool implements Extensible {

  private static final FunctionDefinition EMPTY_FUNCTION =
      Json.read("{}", FunctionDefinition.class);

  Tool() {}

  /**
   * Returns the tool type as set or sent; {@link #type()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("type")
  protected abstract @Nullable String typeRaw();

  /**
   * Returns the function as set or sent; {@link #function()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("function")
  protected abstract @Nullable FunctionDefinition functionRaw();

  /** Checks the required field and sets the type {@code function} when a value is built. */
  @Value.Check
  Tool normalize() {
    Objects.requireNonNull(functionRaw(), "function must not be null");
    return typeRaw() != null ? this : toBuilder().type("function").build();
  }

  /**
   * Returns the tool type, {@code function} unless set otherwise.
   *
   * @return the value, {@code "function"} when absent
   */
  public String type() {
    String type = typeRaw();
    return type != null ? type : "function";
  }

  /**
   * Returns the function.
   *
   * @return the value, a default when absent
   */
  public FunctionDefinition function() {
    FunctionDefinition function = functionRaw();
    return function != null ? function : EMPTY_FUNCTION;
  }

  /**
   * Returns a function tool.
   *
   * @param function the function
   * @return the tool
   */
  public static Tool ofFunction(FunctionDefinition function) {
    return builder().function(function).build();
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

  /**
   * Builds {@link Tool} values. Required: {@code function}; {@code type} defaults to {@code
   * function}.
   */
  public static final class Builder extends ImmutableTool.Builder {
    Builder() {}
  }
}
