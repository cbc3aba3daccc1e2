package dev.llmgateway.emulator.internal.apigee.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The subset of JSONPath the emulator evaluates in ExtractVariables and in the {@code jsonPath(..)}
 * function of message templates: {@code $} followed by field steps ({@code .name} or {@code
 * ['name']}) and array indices ({@code [0]}, and {@code [-1]} counted from the end). Filters,
 * wildcards, slices and recursive descent are rejected at deployment.
 */
public final class JsonPath {

  private static final Pattern STEP =
      Pattern.compile("\\.([A-Za-z0-9_$-]+)|\\['([^']*)'\\]|\\[(-?[0-9]{1,9})\\]");

  private final String text;
  private final List<Object> steps;

  private JsonPath(String text, List<Object> steps) {
    this.text = text;
    this.steps = steps;
  }

  /**
   * Compiles a path.
   *
   * @param text e.g. {@code $.usage.total_tokens}
   * @return the path
   * @throws IllegalArgumentException if the path uses syntax the emulator does not evaluate
   */
  public static JsonPath compile(String text) {
    String t = text.strip();
    if (!t.startsWith("$")) {
      throw new IllegalArgumentException("JSONPath '" + text + "' must start with $");
    }
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(t);
    int at = 1;
    while (at < t.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new IllegalArgumentException(
            "JSONPath '"
                + text
                + "' is not supported by the emulator at position "
                + at
                + " (only $.field, $['field'] and [index] steps)");
      }
      if (m.group(3) != null) {
        steps.add(Integer.parseInt(m.group(3)));
      } else {
        steps.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
      at = m.end();
    }
    return new JsonPath(t, List.copyOf(steps));
  }

  /**
   * Evaluates the path.
   *
   * @param root the document
   * @return the value as text (JSON text for objects and arrays), or null when it does not resolve
   *     or is JSON null
   */
  public @Nullable String evaluate(JsonNode root) {
    JsonNode n = root;
    for (Object step : steps) {
      if (step instanceof Integer) {
        int i = (Integer) step;
        n = n.get(i < 0 ? n.size() + i : i);
      } else {
        n = n.get((String) step);
      }
      if (n == null) {
        return null;
      }
    }
    if (n.isNull() || n.isMissingNode()) {
      return null;
    }
    return n.isValueNode() ? n.asString() : n.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
