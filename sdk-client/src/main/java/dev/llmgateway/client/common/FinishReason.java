package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why the model stopped generating a choice (OpenAI {@code finish_reason}, incl. vLLM's values).
 *
 * <p>An open enum: the constants cover the values known today, {@link #of(String)} keeps any other
 * value the server sends. Instances compare by value. This class is immutable.
 */
public final class FinishReason {

  /** A natural stop point or a stop sequence. */
  public static final FinishReason STOP = new FinishReason("stop");

  /** The token limit was reached. */
  public static final FinishReason LENGTH = new FinishReason("length");

  /** The model called tools. */
  public static final FinishReason TOOL_CALLS = new FinishReason("tool_calls");

  /** Content was omitted by a filter. */
  public static final FinishReason CONTENT_FILTER = new FinishReason("content_filter");

  /** The model called a function (deprecated OpenAI form). */
  public static final FinishReason FUNCTION_CALL = new FinishReason("function_call");

  /** vLLM aborted the request (for example the client disconnected). */
  public static final FinishReason ABORT = new FinishReason("abort");

  /** vLLM hit an error while generating. */
  public static final FinishReason ERROR = new FinishReason("error");

  private static final Map<String, FinishReason> KNOWN =
      Map.of(
          STOP.value,
          STOP,
          LENGTH.value,
          LENGTH,
          TOOL_CALLS.value,
          TOOL_CALLS,
          CONTENT_FILTER.value,
          CONTENT_FILTER,
          FUNCTION_CALL.value,
          FUNCTION_CALL,
          ABORT.value,
          ABORT,
          ERROR.value,
          ERROR);

  private final String value;

  private FinishReason(String value) {
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
  public static FinishReason of(String value) {
    Objects.requireNonNull(value, "value == null");
    FinishReason known = KNOWN.get(value);
    return known != null ? known : new FinishReason(value);
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
    return o == this || (o instanceof FinishReason && value.equals(((FinishReason) o).value));
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
