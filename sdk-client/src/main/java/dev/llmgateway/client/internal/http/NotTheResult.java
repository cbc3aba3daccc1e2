package dev.llmgateway.client.internal.http;

/**
 * Thrown by a {@link HttpTransport.BodyReader} when a 2xx body parsed but is not the result asked
 * for: {@code {}}, an error document ({@code {"error":...}}, an Apigee {@code {"fault":...}}) or
 * another JSON object. The transport turns it into the matching exception (see {@code
 * ErrorClassifier.notTheResult}). Only thrown on that failure path, so it carries no stack trace.
 */
public final class NotTheResult extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final transient Object value;
  final String expected;

  private NotTheResult(Object value, String expected) {
    super(expected, null, false, false);
    this.value = value;
    this.expected = expected;
  }

  /**
   * Returns a parsed body if it is the result asked for.
   *
   * @param value the parsed body
   * @param isResult whether it is the result, e.g. a completion with choices
   * @param expected what was asked for, e.g. {@code "a chat completion"}
   * @param <T> the type of the body
   * @return the value
   * @throws NotTheResult if it is not
   */
  public static <T> T check(T value, boolean isResult, String expected) {
    if (!isResult) {
      throw new NotTheResult(value, expected);
    }
    return value;
  }
}
