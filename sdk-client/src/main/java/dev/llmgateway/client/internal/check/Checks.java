package dev.llmgateway.client.internal.check;

import java.time.Duration;
import java.util.Collection;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one set of argument checks of the SDK (client, admin and emulator). Every method takes the
 * value first and the field name second, returns the value so that checks chain into assignments,
 * and throws with a message that starts with the field name: {@link NullPointerException} {@code "x
 * == null"} for a missing required reference, {@link IllegalArgumentException} for a value that is
 * wrong on its own (blank, malformed, out of range). Messages echo the value except in {@link
 * #matchesSecret}. This class is thread-safe.
 */
public final class Checks {

  private Checks() {}

  /**
   * Returns {@code value} or throws if it is null.
   *
   * @param value the value
   * @param field the field name for the message
   * @param <T> the value type
   * @return the value
   * @throws NullPointerException {@code "field == null"}
   */
  public static <T> T notNull(@Nullable T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " == null");
    }
    return value;
  }

  /**
   * Returns {@code value} or throws an {@link IllegalArgumentException} if it is null. The admin's
   * and the emulator's builders report a missing value this way today and their tests pin it; new
   * code uses {@link #notNull}. See CONTRIBUTING.md, "Validation".
   *
   * @param value the value
   * @param field the field name for the message
   * @param <T> the value type
   * @return the value
   * @throws IllegalArgumentException {@code "field must not be null"}
   */
  public static <T> T notNullArgument(@Nullable T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /**
   * Returns {@code value} or throws if it is null or blank (a missing required string counts as
   * blank, as the client's builders report it).
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException {@code "field must not be blank"}
   */
  public static String notBlank(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * Returns {@code value} if it has at most {@code max} characters.
   *
   * @param value the value
   * @param max the largest length
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException naming the limit and the actual length
   */
  public static String maxLength(String value, int max, String field) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          field + " must be at most " + max + " characters but was " + value.length());
    }
    return value;
  }

  /**
   * Returns {@code value} if {@code pattern} is found in it; like OpenAPI's {@code pattern}, an
   * unanchored pattern matches anywhere.
   *
   * @param value the value
   * @param pattern the pattern
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException showing the pattern and the value
   */
  public static String find(String value, Pattern pattern, String field) {
    if (!pattern.matcher(value).find()) {
      throw new IllegalArgumentException(
          field + " must match " + pattern.pattern() + " but was '" + value + "'");
    }
    return value;
  }

  /**
   * Returns {@code value} if it is not blank and {@code pattern} matches all of it.
   *
   * @param value the value
   * @param pattern the characters allowed, as a whole-value pattern
   * @param allowed the allowed characters in words, for the message
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException {@code "field may only contain <allowed> but was '<value>'"}
   */
  public static String matches(String value, Pattern pattern, String allowed, String field) {
    notBlank(value, field);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " may only contain " + allowed + " but was '" + value + "'");
    }
    return value;
  }

  /**
   * Like {@link #matches} but never echoes the value, for secrets such as consumer keys.
   *
   * @param value the value
   * @param pattern the characters allowed, as a whole-value pattern
   * @param allowed the allowed characters in words, for the message
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException {@code "field may only contain <allowed>"}
   */
  public static String matchesSecret(String value, Pattern pattern, String allowed, String field) {
    notBlank(value, field);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " may only contain " + allowed);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is a non-blank URL path segment: no {@code /}, whitespace or
   * control characters.
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException if it is blank or holds such a character
   */
  public static String pathSegment(String value, String field) {
    notBlank(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            field
                + " must not contain '/', whitespace or control characters but was '"
                + value
                + "'");
      }
    }
    return value;
  }

  /**
   * Returns {@code value} if it is greater than zero.
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException {@code "field must be > 0 but was <value>"}
   */
  public static long positive(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is zero or more.
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException {@code "field must be >= 0 but was <value>"}
   */
  public static long nonNegative(long value, String field) {
    return atLeast(value, 0, field);
  }

  /**
   * Returns {@code value} if it is at least {@code min}.
   *
   * @param value the value
   * @param min the smallest value allowed
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException {@code "field must be >= <min> but was <value>"}
   */
  public static long atLeast(long value, long min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + " but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it lies within {@code [min, max]}.
   *
   * @param value the value
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException {@code "field must be between <min> and <max> but was <v>"}
   */
  public static long range(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it lies within {@code [min, max]}; NaN never does. Whole bounds print
   * without decimals ({@code between 0 and 1}).
   *
   * @param value the value
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param field the field name for the message
   * @return the value
   * @throws IllegalArgumentException {@code "field must be between <min> and <max> but was <v>"}
   */
  public static double range(double value, double min, double max, String field) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          field + " must be between " + bound(min) + " and " + bound(max) + " but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is longer than zero.
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException {@code "field must be positive but was <value>"}
   */
  public static Duration positive(@Nullable Duration value, String field) {
    notNull(value, field);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code value} if it is zero or longer.
   *
   * @param value the value
   * @param field the field name for the message
   * @return the value
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException {@code "field must not be negative but was <value>"}
   */
  public static Duration notNegative(@Nullable Duration value, String field) {
    notNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative but was " + value);
    }
    return value;
  }

  /**
   * Returns {@code values} if it is not empty.
   *
   * @param values the values
   * @param field the field name for the message
   * @param <C> the collection type
   * @return the values
   * @throws IllegalArgumentException {@code "field must not be empty"}
   */
  public static <C extends Collection<?>> C notEmpty(C values, String field) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return values;
  }

  /**
   * Returns {@code values} if its size lies within {@code [min, max]}.
   *
   * @param values the values
   * @param min the fewest items allowed
   * @param max the most items allowed
   * @param field the field name for the message
   * @param <C> the collection type
   * @return the values
   * @throws IllegalArgumentException naming the bounds and the actual size
   */
  public static <C extends Collection<?>> C size(C values, int min, int max, String field) {
    if (values.size() < min || values.size() > max) {
      throw new IllegalArgumentException(
          field + " must have between " + min + " and " + max + " items but had " + values.size());
    }
    return values;
  }

  /**
   * Returns {@code values} if no element is null or blank.
   *
   * @param values the values
   * @param field the field name for the message
   * @param <C> the collection type
   * @return the values
   * @throws IllegalArgumentException {@code "field must not contain null or blank elements"}
   */
  public static <C extends Collection<? extends @Nullable String>> C noBlankElements(
      C values, String field) {
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(field + " must not contain null or blank elements");
      }
    }
    return values;
  }

  private static String bound(double d) {
    return d == Math.rint(d) && !Double.isInfinite(d)
        ? Long.toString((long) d)
        : Double.toString(d);
  }
}
