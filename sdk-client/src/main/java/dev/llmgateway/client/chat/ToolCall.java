package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool call of the model, answered with a {@link ChatMessage#tool(String, String)} message. This
 * class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableToolCall.class)
public abstract class ToolCall implements Extensible {

  private static final FunctionCall EMPTY_FUNCTION = FunctionCall.of("", "");

  ToolCall() {}

  /**
   * Returns the call id as set or sent; {@link #id()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("id")
  protected abstract @Nullable String idRaw();

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
  protected abstract @Nullable FunctionCall functionRaw();

  /** Checks the required fields and sets the type {@code function} when a value is built. */
  @Value.Check
  ToolCall normalize() {
    Objects.requireNonNull(idRaw(), "id must not be null");
    Objects.requireNonNull(functionRaw(), "function must not be null");
    return typeRaw() != null ? this : toBuilder().type("function").build();
  }

  /**
   * Returns the call id that the tool message refers to.
   *
   * @return the value, {@code ""} when absent
   */
  public String id() {
    String id = idRaw();
    return id != null ? id : "";
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
   * Returns the called function.
   *
   * @return the value, a default when absent
   */
  public FunctionCall function() {
    FunctionCall function = functionRaw();
    return function != null ? function : EMPTY_FUNCTION;
  }

  /**
   * Returns a function tool call.
   *
   * @param id the call id
   * @param name the function name
   * @param arguments the arguments as JSON text
   * @return the call
   */
  public static ToolCall ofFunction(String id, String name, String arguments) {
    return builder().id(id).function(FunctionCall.of(name, arguments)).build();
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
   * Builds {@link ToolCall} values. Required: {@code id}, {@code function}; {@code type} defaults
   * to {@code function}.
   */
  public static final class Builder extends ImmutableToolCall.Builder {
    Builder() {}
  }
}
