package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The author of a chat message.
 *
 * <p>An open enum: the constants cover the values known today, {@link #of(String)} keeps any other
 * value the server sends. Instances compare by value. This class is immutable.
 */
public final class Role {

  /** System instructions. */
  public static final Role SYSTEM = new Role("system");

  /** Developer instructions (newer OpenAI name for system). */
  public static final Role DEVELOPER = new Role("developer");

  /** The end user. */
  public static final Role USER = new Role("user");

  /** The model. */
  public static final Role ASSISTANT = new Role("assistant");

  /** A tool result. */
  public static final Role TOOL = new Role("tool");

  /** A function result (deprecated OpenAI form). */
  public static final Role FUNCTION = new Role("function");

  private static final Map<String, Role> KNOWN =
      Map.of(
          SYSTEM.value,
          SYSTEM,
          DEVELOPER.value,
          DEVELOPER,
          USER.value,
          USER,
          ASSISTANT.value,
          ASSISTANT,
          TOOL.value,
          TOOL,
          FUNCTION.value,
          FUNCTION);

  private final String value;

  private Role(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for a wire value, or a new instance for a value not known here.
   *
   * @param value the wire value
   * @return the instance
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Role of(String value) {
    Objects.requireNonNull(value, "value == null");
    Role known = KNOWN.get(value);
    return known != null ? known : new Role(value);
  }

  /**
   * Returns the wire value.
   *
   * @return the value as sent on the wire
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns whether this is one of the constants of this class.
   *
   * @return true for a known value
   */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof Role && value.equals(((Role) o).value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
