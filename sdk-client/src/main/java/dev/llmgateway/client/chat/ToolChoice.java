package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.llmgateway.client.internal.check.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which tool the model may call ({@code tool_choice}): a mode ({@code none}, {@code auto}, {@code
 * required}, or any other mode string) or one named function. Instances compare by value. This
 * class is immutable.
 *
 * <p>Hand-written like the open enums ({@link Role}): a string-or-object union read and written
 * through its own creator and {@code toJson()}, which prints as the mode or {@code function:name}.
 */
public final class ToolChoice {

  /** The model calls no tool. */
  public static final ToolChoice NONE = new ToolChoice("none", null);

  /** The model decides whether to call tools. */
  public static final ToolChoice AUTO = new ToolChoice("auto", null);

  /** The model must call at least one tool. */
  public static final ToolChoice REQUIRED = new ToolChoice("required", null);

  private final @Nullable String mode;
  private final @Nullable String functionName;

  private ToolChoice(@Nullable String mode, @Nullable String functionName) {
    this.mode = mode;
    this.functionName = functionName;
  }

  /**
   * Returns the choice for a mode string; known modes return the constants.
   *
   * @param mode the mode, e.g. {@code "auto"}
   * @return the choice
   * @throws IllegalArgumentException if {@code mode} is blank
   */
  public static ToolChoice of(String mode) {
    switch (Checks.notBlank(mode, "mode")) {
      case "none":
        return NONE;
      case "auto":
        return AUTO;
      case "required":
        return REQUIRED;
      default:
        return new ToolChoice(mode, null);
    }
  }

  /**
   * Returns the choice that forces a call of the named function.
   *
   * @param name the function name
   * @return the choice
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static ToolChoice function(String name) {
    return new ToolChoice(null, Checks.notBlank(name, "name"));
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ToolChoice fromJson(Object value) {
    if (value instanceof String) {
      return of((String) value);
    }
    Object function = value instanceof Map ? ((Map<?, ?>) value).get("function") : null;
    Object name = function instanceof Map ? ((Map<?, ?>) function).get("name") : null;
    if (name instanceof String) {
      return function((String) name);
    }
    throw new IllegalArgumentException(
        "tool_choice must be a string or a named function: " + value);
  }

  /**
   * Returns the mode, or empty for a named function.
   *
   * @return the mode
   */
  public Optional<String> mode() {
    return Optional.ofNullable(mode);
  }

  /**
   * Returns the forced function name, or empty for a mode.
   *
   * @return the function name
   */
  public Optional<String> functionName() {
    return Optional.ofNullable(functionName);
  }

  /**
   * Returns the wire form: the mode string, or {@code {"type":"function","function":{"name":..}}}.
   *
   * @return a {@code String} or a {@code Map}
   */
  @JsonValue
  Object toJson() {
    if (mode != null) {
      return mode;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", "function");
    json.put("function", Map.of("name", Objects.requireNonNull(functionName)));
    return json;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ToolChoice)) {
      return false;
    }
    ToolChoice that = (ToolChoice) o;
    return Objects.equals(mode, that.mode) && Objects.equals(functionName, that.functionName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, functionName);
  }

  @Override
  public String toString() {
    return mode != null ? mode : "function:" + functionName;
  }
}
