package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A function called by the model: its name and its arguments as JSON text. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableFunctionCall.class)
public abstract class FunctionCall implements Extensible {

  FunctionCall() {}

  /**
   * Returns the name as set or sent; {@link #name()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("name")
  protected abstract @Nullable String nameRaw();

  /**
   * Returns the arguments as set or sent; {@link #arguments()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("arguments")
  protected abstract @Nullable String argumentsRaw();

  @Value.Check
  void check() {
    Objects.requireNonNull(nameRaw(), "name must not be null");
    Objects.requireNonNull(argumentsRaw(), "arguments must not be null");
  }

  /**
   * Returns the function name.
   *
   * @return the value, {@code ""} when absent
   */
  public String name() {
    String name = nameRaw();
    return name != null ? name : "";
  }

  /**
   * Returns the arguments as JSON text, as generated (may be invalid JSON).
   *
   * @return the value, {@code ""} when absent
   */
  public String arguments() {
    String arguments = argumentsRaw();
    return arguments != null ? arguments : "";
  }

  /**
   * Returns a function call.
   *
   * @param name the function name
   * @param arguments the arguments as JSON text
   * @return the call
   */
  public static FunctionCall of(String name, String arguments) {
    return builder().name(name).arguments(arguments).build();
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

  /** Builds {@link FunctionCall} values. Required: {@code name}, {@code arguments}. */
  public static final class Builder extends ImmutableFunctionCall.Builder {
    Builder() {}
  }
}
