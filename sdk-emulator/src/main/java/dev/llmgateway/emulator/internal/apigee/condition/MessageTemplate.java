package dev.llmgateway.emulator.internal.apigee.condition;

import dev.llmgateway.emulator.internal.apigee.store.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * An Apigee message template: literal text with variable references such as {@code
 * {request.header.x-user}} and calls of the {@code jsonPath(path, variable[, wantArray])} function
 * such as {@code {jsonPath('$.usage.total_tokens',response.content,true)}} (the emulator's {@link
 * JsonPath} subset; the third argument is ignored). The reference delimiters are {@code {}} and
 * {@code }} unless a policy sets others (AssignMessage's {@code variablePrefix}/{@code
 * variableSuffix} on a payload). Text without a well-formed reference, and calls of other
 * functions, are literal.
 */
public final class MessageTemplate {

  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9._$-]+");
  private static final Pattern JSON_PATH =
      Pattern.compile(
          "jsonPath\\(\\s*'([^']*)'\\s*,\\s*([A-Za-z0-9._$-]+)\\s*(?:,\\s*(?:true|false)\\s*)?\\)");

  /** Thrown when a referenced variable is unset and unresolved variables are not ignored. */
  public static final class UnresolvedVariableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param variable the variable name
     */
    public UnresolvedVariableException(String variable) {
      super(variable, null, false, false);
    }

    /**
     * Returns the variable name.
     *
     * @return the variable name
     */
    public String variable() {
      return getMessage();
    }
  }

  /** A literal, a variable, or a jsonPath call on a variable. */
  private record Part(String text, @Nullable String variable, @Nullable JsonPath path) {}

  private final List<Part> parts = new ArrayList<>();
  private @Nullable String problem;

  private MessageTemplate() {}

  /**
   * Parses a template with the {@code {}} delimiters.
   *
   * @param text the template
   * @return the template
   */
  public static MessageTemplate of(String text) {
    return of(text, '{', '}');
  }

  /**
   * Parses a template with the given delimiters.
   *
   * @param text the template
   * @param prefix the character that opens a reference
   * @param suffix the character that closes a reference
   * @return the template
   */
  public static MessageTemplate of(String text, char prefix, char suffix) {
    MessageTemplate t = new MessageTemplate();
    int i = 0;
    StringBuilder literal = new StringBuilder();
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == prefix ? text.indexOf(suffix, i + 1) : -1;
      String ref = close > i + 1 ? text.substring(i + 1, close).strip() : "";
      Matcher call = JSON_PATH.matcher(ref);
      if (!ref.isEmpty() && (VARIABLE.matcher(ref).matches() || call.matches())) {
        t.literal(literal);
        t.parts.add(
            call.matches()
                ? new Part(ref, call.group(2), t.compile(call.group(1)))
                : new Part(ref, ref, null));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    t.literal(literal);
    return t;
  }

  private @Nullable JsonPath compile(String path) {
    try {
      return JsonPath.compile(path);
    } catch (IllegalArgumentException e) {
      problem = problem != null ? problem : e.getMessage();
      return null;
    }
  }

  private void literal(StringBuilder literal) {
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), null, null));
      literal.setLength(0);
    }
  }

  /**
   * Returns why the emulator cannot evaluate a {@code jsonPath(..)} call of this template.
   *
   * @return the problem, or null when every call can be evaluated
   */
  public @Nullable String problem() {
    return problem;
  }

  /**
   * Renders the template. A {@code jsonPath(..)} call whose variable is unset, not JSON or has
   * nothing at the path renders like an unset variable.
   *
   * @param vars the flow variables
   * @param ignoreUnresolved whether an unset variable renders as empty text rather than failing
   * @return the text
   * @throws UnresolvedVariableException if a variable is unset and {@code ignoreUnresolved} is
   *     false
   */
  public String render(VariableSource vars, boolean ignoreUnresolved) {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      if (p.variable() == null) {
        out.append(p.text());
        continue;
      }
      @Nullable String value = vars.text(p.variable());
      if (p.text().startsWith("jsonPath(")) {
        value = value == null || p.path() == null ? null : evaluate(p.path(), value);
      }
      if (value == null && !ignoreUnresolved) {
        throw new UnresolvedVariableException(p.variable());
      }
      out.append(value == null ? "" : value);
    }
    return out.toString();
  }

  private static @Nullable String evaluate(JsonPath path, String json) {
    try {
      return path.evaluate(Json.MAPPER.readTree(json));
    } catch (JacksonException e) {
      return null;
    }
  }
}
