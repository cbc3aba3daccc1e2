package dev.llmgateway.emulator.internal.apigee.condition;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An Apigee message template: literal text with variable references such as {@code
 * {request.header.x-user}}. The reference delimiters are {@code {}} and {@code }} unless a policy
 * sets others (AssignMessage's {@code variablePrefix}/{@code variableSuffix} on a payload). Text
 * without a well-formed reference is literal.
 */
public final class MessageTemplate {

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

  private final List<String> parts = new ArrayList<>();
  private final List<Boolean> isVariable = new ArrayList<>();

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
      String name = close > i + 1 ? text.substring(i + 1, close).strip() : "";
      if (!name.isEmpty() && name.matches("[A-Za-z0-9._$-]+")) {
        t.add(literal.toString(), false);
        literal.setLength(0);
        t.add(name, true);
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    t.add(literal.toString(), false);
    return t;
  }

  private void add(String part, boolean variable) {
    if (!part.isEmpty()) {
      parts.add(part);
      isVariable.add(variable);
    }
  }

  /**
   * Renders the template.
   *
   * @param vars the flow variables
   * @param ignoreUnresolved whether an unset variable renders as empty text rather than failing
   * @return the text
   * @throws UnresolvedVariableException if a variable is unset and {@code ignoreUnresolved} is
   *     false
   */
  public String render(VariableSource vars, boolean ignoreUnresolved) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      if (!isVariable.get(i)) {
        out.append(parts.get(i));
        continue;
      }
      @Nullable String value = vars.text(parts.get(i));
      if (value == null && !ignoreUnresolved) {
        throw new UnresolvedVariableException(parts.get(i));
      }
      out.append(value == null ? "" : value);
    }
    return out.toString();
  }
}
