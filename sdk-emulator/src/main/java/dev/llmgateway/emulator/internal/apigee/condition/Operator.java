package dev.llmgateway.emulator.internal.apigee.condition;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The comparison operators of Apigee conditions, with their symbols and word forms, and how each
 * compares two values. A null operand (an unset variable) equals only {@code null}; ordering and
 * pattern operators are false for null. Values that both parse as numbers compare numerically.
 */
enum Operator {
  EQUALS,
  NOT_EQUALS,
  EQUALS_IGNORE_CASE,
  GREATER,
  GREATER_OR_EQUAL,
  LESS,
  LESS_OR_EQUAL,
  MATCHES,
  JAVA_REGEX,
  MATCHES_PATH,
  STARTS_WITH;

  private static final Map<String, Operator> NAMES =
      Map.ofEntries(
          Map.entry("=", EQUALS),
          Map.entry("==", EQUALS),
          Map.entry("equals", EQUALS),
          Map.entry("is", EQUALS),
          Map.entry("!=", NOT_EQUALS),
          Map.entry("notequals", NOT_EQUALS),
          Map.entry("isnot", NOT_EQUALS),
          Map.entry(":=", EQUALS_IGNORE_CASE),
          Map.entry("equalscaseinsensitive", EQUALS_IGNORE_CASE),
          Map.entry(">", GREATER),
          Map.entry("greaterthan", GREATER),
          Map.entry(">=", GREATER_OR_EQUAL),
          Map.entry("greaterthanorequals", GREATER_OR_EQUAL),
          Map.entry("<", LESS),
          Map.entry("lesserthan", LESS),
          Map.entry("<=", LESS_OR_EQUAL),
          Map.entry("lesserthanorequals", LESS_OR_EQUAL),
          Map.entry("~", MATCHES),
          Map.entry("matches", MATCHES),
          Map.entry("like", MATCHES),
          Map.entry("~~", JAVA_REGEX),
          Map.entry("javaregex", JAVA_REGEX),
          Map.entry("~/", MATCHES_PATH),
          Map.entry("matchespath", MATCHES_PATH),
          Map.entry("likepath", MATCHES_PATH),
          Map.entry("=|", STARTS_WITH),
          Map.entry("startswith", STARTS_WITH));

  /** Returns the operator a symbol or word names (case-insensitive), or null. */
  static @Nullable Operator of(String token) {
    return NAMES.get(token.toLowerCase(Locale.ROOT));
  }

  /** Compares two resolved values. */
  boolean test(@Nullable String left, @Nullable String right) {
    switch (this) {
      case EQUALS:
        return same(left, right);
      case NOT_EQUALS:
        return !same(left, right);
      case EQUALS_IGNORE_CASE:
        return left == null ? right == null : left.equalsIgnoreCase(right);
      default:
        break;
    }
    if (left == null || right == null) {
      return false;
    }
    switch (this) {
      case GREATER:
        return compare(left, right) > 0;
      case GREATER_OR_EQUAL:
        return compare(left, right) >= 0;
      case LESS:
        return compare(left, right) < 0;
      case LESS_OR_EQUAL:
        return compare(left, right) <= 0;
      case MATCHES:
        return wildcard(right).matcher(left).matches();
      case JAVA_REGEX:
        return regex(right).matcher(left).matches();
      case MATCHES_PATH:
        return PathPattern.of(right).matches(left);
      case STARTS_WITH:
        return left.startsWith(right);
      default:
        throw new AssertionError(this);
    }
  }

  private static boolean same(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return a == b;
    }
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    return x != null && y != null ? x.compareTo(y) == 0 : a.equals(b);
  }

  private static int compare(String a, String b) {
    BigDecimal x = number(a);
    BigDecimal y = number(b);
    return x != null && y != null ? x.compareTo(y) : a.compareTo(b);
  }

  static @Nullable BigDecimal number(String s) {
    if (s.isEmpty() || s.length() > 40) {
      return null;
    }
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code Matches}: {@code *} stands for any characters; everything else is literal. */
  static Pattern wildcard(String pattern) {
    StringJoiner re = new StringJoiner(".*");
    for (String part : pattern.split("\\*", -1)) {
      re.add(Pattern.quote(part));
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  /** {@code JavaRegex}: a whole-value match; an invalid pattern never matches. */
  static Pattern regex(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      return Pattern.compile("(?!)");
    }
  }
}
