package dev.llmgateway.client.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * Checks header names and values where they are given (builders, request options, each value a
 * credential provider returns), with a message that names the field and never shows the value: a
 * value may be a key. The rules are OkHttp's, which otherwise fails only at call time and quotes
 * the whole value, key headers such as {@code x-api-key} included. This class is thread-safe.
 */
public final class HeaderValues {
  private HeaderValues() {}

  /**
   * Checks a header value: printable ASCII (0x20-0x7E) or tab. CR and LF would end the header
   * (header injection); other control and non-ASCII characters are rejected by HTTP/1.1 clients.
   *
   * @param field what the value is, for the message, e.g. {@code apiKey} or {@code header x-team}
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException naming the field, without the value
   */
  public static String checkValue(String field, String value) {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(field + " " + problem);
    }
    return value;
  }

  /**
   * Describes what makes a value unusable as a header value, without quoting it.
   *
   * @param value the value
   * @return the problem, e.g. {@code "must be printable ASCII but contains a line feed (LF) at
   *     index 18; ..."}, or null when the value is fine
   */
  public static @Nullable String problem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        return "must be printable ASCII but contains "
            + describe(c)
            + " at index "
            + i
            + (c == '\n' || c == '\r'
                ? "; a value read from a file often ends in a newline: strip it"
                : "");
      }
    }
    return null;
  }

  /**
   * Checks a header name: visible ASCII (0x21-0x7E) without {@code :}, not empty.
   *
   * @param field what the name is, for the message, e.g. {@code header name}
   * @param name the name
   * @return the name
   * @throws IllegalArgumentException naming the field
   */
  public static String checkName(String field, String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == ':') {
        throw new IllegalArgumentException(
            field
                + " '"
                + (c <= 0x20 || c >= 0x7f ? name.substring(0, i) + "..." : name)
                + "' must be visible ASCII without ':' but contains "
                + describe(c)
                + " at index "
                + i);
      }
    }
    return name;
  }

  private static String describe(char c) {
    switch (c) {
      case '\n':
        return "a line feed (LF)";
      case '\r':
        return "a carriage return (CR)";
      case ' ':
        return "a space";
      case ':':
        return "a colon";
      default:
        return c < 0x20 || c == 0x7f ? "a control character" : "a non-ASCII character";
    }
  }
}
