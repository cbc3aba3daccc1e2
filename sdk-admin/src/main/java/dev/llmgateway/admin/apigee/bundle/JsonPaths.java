package dev.llmgateway.admin.apigee.bundle;

import java.util.regex.Pattern;

/**
 * Checks the syntax of JSONPath expressions as Apigee's ExtractVariables and {@code jsonPath(..)}
 * message-template function read them (the Jayway dialect): {@code $} followed by {@code .name},
 * {@code .*}, {@code ..name}, {@code ['name']}, {@code [0]}, {@code [-1]}, {@code [0,1]}, {@code
 * [1:3]}, {@code [*]}, filters {@code [?(...)]} and a final function such as {@code length()}. It
 * checks the form only, not what the path finds.
 */
final class JsonPaths {

  private static final Pattern INDEXES = Pattern.compile("-?\\d+(\\s*,\\s*-?\\d+)*");
  private static final Pattern SLICE = Pattern.compile("-?\\d*:-?\\d*(:-?\\d+)?");

  private final String path;
  private int at;

  private JsonPaths(String path) {
    this.path = path;
  }

  /**
   * Returns {@code path} if it is a well-formed JSONPath.
   *
   * @param path the expression
   * @param field what it is, for the message, e.g. {@code jsonVariables path of 'x'}
   * @return the path
   * @throws IllegalArgumentException {@code "<field> is not a valid JSONPath: <problem> in
   *     '<path>'"}
   */
  static String check(String path, String field) {
    String problem = new JsonPaths(path).problem();
    if (problem != null) {
      throw new IllegalArgumentException(
          field + " is not a valid JSONPath: " + problem + " in '" + path + "'");
    }
    return path;
  }

  private String problem() {
    if (!path.startsWith("$")) {
      return "it must start with '$'";
    }
    at = 1;
    try {
      while (at < path.length()) {
        char c = path.charAt(at);
        if (c == '.') {
          dot();
        } else if (c == '[') {
          bracket();
        } else {
          throw new IllegalStateException("unexpected '" + c + "' at " + at);
        }
      }
      return null;
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  private void dot() {
    boolean deep = path.startsWith("..", at);
    at += deep ? 2 : 1;
    if (at >= path.length()) {
      throw new IllegalStateException(
          deep ? "'..' must be followed by a name, '*' or '['" : "it must not end with '.'");
    }
    char c = path.charAt(at);
    if (c == '*') {
      at++;
    } else if (deep && c == '[') {
      bracket();
    } else {
      name();
    }
  }

  private void name() {
    int start = at;
    while (at < path.length() && nameChar(path.charAt(at))) {
      at++;
    }
    if (at == start) {
      throw new IllegalStateException("expected a name at " + start);
    }
    if (path.startsWith("()", at)) {
      at += 2;
      if (at != path.length()) {
        throw new IllegalStateException("a function such as length() must end the path");
      }
    }
  }

  private static boolean nameChar(char c) {
    return !Character.isWhitespace(c) && ".[]()'\",?*".indexOf(c) < 0;
  }

  private void bracket() {
    at++;
    if (at >= path.length()) {
      throw new IllegalStateException("unclosed '['");
    }
    char c = path.charAt(at);
    if (c == '?') {
      filter();
    } else if (c == '*') {
      at++;
    } else if (c == '\'' || c == '"') {
      quotedNames();
    } else {
      int close = path.indexOf(']', at);
      if (close < 0) {
        throw new IllegalStateException("unclosed '['");
      }
      String inner = path.substring(at, close).strip();
      if (!INDEXES.matcher(inner).matches() && !SLICE.matcher(inner).matches()) {
        throw new IllegalStateException(
            "'[" + inner + "]' is not an index, a slice, '*', a quoted name or a filter");
      }
      at = close;
    }
    expect(']');
  }

  private void quotedNames() {
    while (true) {
      quoted();
      skipSpaces();
      if (at < path.length() && path.charAt(at) == ',') {
        at++;
        skipSpaces();
        continue;
      }
      return;
    }
  }

  private void quoted() {
    char quote = path.charAt(at);
    if (quote != '\'' && quote != '"') {
      throw new IllegalStateException("expected a quoted name at " + at);
    }
    at++;
    while (at < path.length() && path.charAt(at) != quote) {
      at += path.charAt(at) == '\\' ? 2 : 1;
    }
    if (at >= path.length()) {
      throw new IllegalStateException("unclosed quote");
    }
    at++;
  }

  /** {@code ?( ... )} with balanced parentheses; quoted text may hold any character. */
  private void filter() {
    at++;
    expect('(');
    int depth = 1;
    while (depth > 0) {
      if (at >= path.length()) {
        throw new IllegalStateException("unclosed '(' of a filter");
      }
      char c = path.charAt(at);
      if (c == '\'' || c == '"') {
        quoted();
        continue;
      }
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      at++;
    }
  }

  private void skipSpaces() {
    while (at < path.length() && path.charAt(at) == ' ') {
      at++;
    }
  }

  private void expect(char c) {
    if (at >= path.length() || path.charAt(at) != c) {
      throw new IllegalStateException(
          at >= path.length() ? "missing '" + c + "' at the end" : "expected '" + c + "' at " + at);
    }
    at++;
  }
}
