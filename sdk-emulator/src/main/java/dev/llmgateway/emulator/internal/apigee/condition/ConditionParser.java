package dev.llmgateway.emulator.internal.apigee.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Parses Apigee conditions. Grammar (keywords case-insensitive):
 *
 * <pre>
 * or      := and (("or" | "||") and)*
 * and     := unary (("and" | "&amp;&amp;") unary)*
 * unary   := ("not" | "!") unary | "(" or ")" | operand [operator operand]
 * operand := "quoted string" | number | null | true | false | variable.name
 * </pre>
 *
 * <p>Operators: {@code = == Equals Is}, {@code != NotEquals IsNot}, {@code :=
 * EqualsCaseInsensitive}, {@code > >= < <=} and their word forms, {@code ~ Matches Like} (wildcard
 * {@code *}), {@code ~~ JavaRegex}, {@code ~/ MatchesPath LikePath}, {@code =| StartsWith}. An
 * operand alone holds when its value is {@code true}. {@code and} binds tighter than {@code or}. An
 * unquoted word that is not a number, {@code null}, {@code true} or {@code false} is a variable
 * (unset variables are null). Anything else is rejected with a {@link ConditionException}.
 */
public final class ConditionParser {

  private static final String SYMBOLS2 = "~~ ~/ == != := >= <= =| && ||";
  private static final String SYMBOLS1 = "=><~!";

  private final String text;
  private final List<String> tokens = new ArrayList<>();
  private final List<Integer> positions = new ArrayList<>();
  private int next;

  /**
   * Creates a parser for one condition.
   *
   * @param text the condition
   */
  public ConditionParser(String text) {
    this.text = text;
  }

  /**
   * Parses the condition.
   *
   * @return the condition
   * @throws ConditionException if it cannot be evaluated by the emulator
   */
  public Condition parse() {
    lex();
    if (tokens.isEmpty()) {
      throw error("an empty condition");
    }
    Condition c = or();
    if (next < tokens.size()) {
      throw error("unexpected '" + tokens.get(next) + "'");
    }
    return c;
  }

  private Condition or() {
    Condition left = and();
    while (keyword("or") || keyword("||")) {
      next++;
      Condition a = left;
      Condition b = and();
      left = vars -> a.test(vars) || b.test(vars);
    }
    return left;
  }

  private Condition and() {
    Condition left = unary();
    while (keyword("and") || keyword("&&")) {
      next++;
      Condition a = left;
      Condition b = unary();
      left = vars -> a.test(vars) && b.test(vars);
    }
    return left;
  }

  private Condition unary() {
    if (keyword("not") || keyword("!")) {
      next++;
      Condition inner = unary();
      return vars -> !inner.test(vars);
    }
    if (keyword("(")) {
      next++;
      Condition inner = or();
      expect(")");
      return inner;
    }
    Function<VariableSource, @Nullable String> left = operand();
    Operator op = next < tokens.size() ? Operator.of(tokens.get(next)) : null;
    if (op == null) {
      return vars -> "true".equalsIgnoreCase(left.apply(vars));
    }
    next++;
    String rightToken = peek("an operand after the operator");
    Function<VariableSource, @Nullable String> right = operand();
    Predicate<String> fixed = literalMatcher(op, rightToken);
    if (fixed != null) {
      return vars -> {
        String l = left.apply(vars);
        return l != null && fixed.test(l);
      };
    }
    return vars -> op.test(left.apply(vars), right.apply(vars));
  }

  /** Precompiles pattern operators whose pattern is a quoted literal; checks regex syntax. */
  private @Nullable Predicate<String> literalMatcher(Operator op, String token) {
    if (!token.startsWith("\"")) {
      return null;
    }
    String literal = unquote(token);
    switch (op) {
      case MATCHES:
        return Operator.wildcard(literal).asMatchPredicate();
      case MATCHES_PATH:
        return PathPattern.of(literal)::matches;
      case JAVA_REGEX:
        try {
          return Pattern.compile(literal).asMatchPredicate();
        } catch (PatternSyntaxException e) {
          throw error("an invalid JavaRegex pattern: " + e.getDescription());
        }
      default:
        return null;
    }
  }

  private Function<VariableSource, @Nullable String> operand() {
    String t = peek("an operand");
    if (t.equals("(") || t.equals(")") || Operator.of(t) != null || isLogical(t)) {
      throw error("'" + t + "' where an operand was expected");
    }
    next++;
    if (t.startsWith("\"")) {
      String value = unquote(t);
      return vars -> value;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.equals("null")) {
      return vars -> null;
    }
    if (lower.equals("true") || lower.equals("false") || Operator.number(t) != null) {
      return vars -> lower.equals("true") || lower.equals("false") ? lower : t;
    }
    return vars -> vars.text(t);
  }

  private static boolean isLogical(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    return l.equals("and")
        || l.equals("or")
        || l.equals("not")
        || l.equals("&&")
        || l.equals("||")
        || l.equals("!");
  }

  private boolean keyword(String k) {
    return next < tokens.size() && tokens.get(next).equalsIgnoreCase(k);
  }

  private void expect(String t) {
    if (!keyword(t)) {
      throw error("'" + t + "' expected");
    }
    next++;
  }

  private String peek(String what) {
    if (next >= tokens.size()) {
      throw error(what + " expected at the end");
    }
    return tokens.get(next);
  }

  private static String unquote(String token) {
    return token.substring(1, token.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
  }

  private void lex() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= text.length()) {
          throw new ConditionException(
              "condition '" + text + "' has an unterminated string at position " + start);
        }
        i++;
      } else if (c == '(' || c == ')') {
        i++;
      } else if (i + 1 < text.length()
          && SYMBOLS2.contains(text.substring(i, i + 2))
          && text.charAt(i + 1) != ' ') {
        i += 2;
      } else if (SYMBOLS1.indexOf(c) >= 0) {
        i++;
      } else if (isWordChar(c)) {
        while (i < text.length() && isWordChar(text.charAt(i))) {
          i++;
        }
      } else {
        throw new ConditionException(
            "condition '" + text + "' has an unexpected '" + c + "' at position " + start);
      }
      tokens.add(text.substring(start, i));
      positions.add(start);
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '$';
  }

  private ConditionException error(String what) {
    int at = next < positions.size() ? positions.get(next) : text.length();
    return new ConditionException(
        "condition '" + text + "' is not understood at position " + at + ": " + what);
  }
}
