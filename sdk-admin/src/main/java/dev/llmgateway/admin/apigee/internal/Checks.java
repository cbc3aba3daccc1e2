package dev.llmgateway.admin.apigee.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Argument checks whose messages name the offending field. */
public final class Checks {

  private Checks() {}

  /** Returns {@code value} or throws if it is null. */
  public static <T> T notNull(String field, @Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /** Returns {@code value} or throws if it is null or blank. */
  public static String notBlank(String field, @Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** Returns {@code value} if it is a non-blank path segment without slashes or whitespace. */
  public static String segment(String field, @Nullable String value) {
    notBlank(field, value);
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

  /** Returns {@code value} if it fully matches {@code pattern}; the message shows the value. */
  public static String matches(
      String field, @Nullable String value, Pattern pattern, String allowedDescription) {
    notBlank(field, value);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " may only contain " + allowedDescription + " but was '" + value + "'");
    }
    return value;
  }

  /** Like {@link #matches} but never echoes the value, for secrets. */
  public static String matchesSecret(
      String field, @Nullable String value, Pattern pattern, String allowedDescription) {
    notBlank(field, value);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " may only contain " + allowedDescription);
    }
    return value;
  }

  /** Returns {@code value} if it is greater than zero. */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or more. */
  public static int nonNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0 but was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is a positive duration. */
  public static Duration positive(String field, @Nullable Duration value) {
    notNull(field, value);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(field + " must be positive but was " + value);
    }
    return value;
  }

  /** Returns {@code values} if no element is null or blank. */
  public static <C extends Collection<String>> C noBlankElements(String field, C values) {
    notNull(field, values);
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(field + " must not contain null or blank elements");
      }
    }
    return values;
  }

  /** Throws if {@code values} is empty. */
  public static void notEmpty(String field, Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
  }
}
