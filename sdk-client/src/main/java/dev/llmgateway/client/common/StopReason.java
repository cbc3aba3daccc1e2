package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What stopped a vLLM choice ({@code stop_reason}): the id of a stop token (an int) or the stop
 * string that matched. Both forms are kept as sent. This class is immutable.
 */
public final class StopReason {

  private final Object value;

  private StopReason(Object value) {
    this.value = value;
  }

  /**
   * Returns a stop reason for a stop token id.
   *
   * @param tokenId the token id
   * @return the stop reason
   */
  public static StopReason ofTokenId(int tokenId) {
    return new StopReason(tokenId);
  }

  /**
   * Returns a stop reason for a matched stop string.
   *
   * @param text the stop string
   * @return the stop reason
   * @throws NullPointerException if {@code text} is null
   */
  public static StopReason ofText(String text) {
    return new StopReason(Objects.requireNonNull(text, "text == null"));
  }

  /**
   * Reads the wire form: an integral number becomes a token id, anything else its text.
   *
   * @param value the wire value
   * @return the stop reason
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static StopReason fromJson(Object value) {
    if (value instanceof Integer) {
      return new StopReason(value);
    }
    if (value instanceof Number) {
      Number n = (Number) value;
      long l = n.longValue();
      if (l == n.doubleValue() && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
        return new StopReason((int) l);
      }
    }
    return new StopReason(String.valueOf(value));
  }

  /**
   * Returns the stop token id when vLLM sent an int.
   *
   * @return the token id, or empty for a stop string
   */
  public OptionalInt tokenId() {
    return value instanceof Integer ? OptionalInt.of((Integer) value) : OptionalInt.empty();
  }

  /**
   * Returns the matched stop string when vLLM sent a string.
   *
   * @return the stop string, or empty for a token id
   */
  public Optional<String> text() {
    return value instanceof String ? Optional.of((String) value) : Optional.empty();
  }

  /**
   * Returns the wire value, an {@link Integer} or a {@link String}.
   *
   * @return the raw value
   */
  @JsonValue
  public Object value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof StopReason && value.equals(((StopReason) o).value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
