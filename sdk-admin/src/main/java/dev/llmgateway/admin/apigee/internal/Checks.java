package dev.llmgateway.admin.apigee.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Apigee side's former argument checks (field first), kept until their callers switch to the
 * SDK's one {@link dev.llmgateway.client.internal.check.Checks} (value first). Messages are
 * unchanged: a null value is an {@link IllegalArgumentException} {@code "x must not be null"}.
 *
 * @deprecated use {@link dev.llmgateway.client.internal.check.Checks}
 */
@Deprecated
public final class Checks {

  private Checks() {}

  /** Returns {@code value} or throws if it is null. */
  public static <T> T notNull(String field, @Nullable T value) {
    return dev.llmgateway.client.internal.check.Checks.notNullArgument(value, field);
  }

  /** Returns {@code value} or throws if it is null or blank. */
  public static String notBlank(String field, @Nullable String value) {
    return dev.llmgateway.client.internal.check.Checks.notBlank(notNull(field, value), field);
  }

  /** Returns {@code value} if it is a non-blank path segment without slashes or whitespace. */
  public static String segment(String field, @Nullable String value) {
    return dev.llmgateway.client.internal.check.Checks.pathSegment(notNull(field, value), field);
  }

  /** Returns {@code value} if it fully matches {@code pattern}; the message shows the value. */
  public static String matches(
      String field, @Nullable String value, Pattern pattern, String allowedDescription) {
    return dev.llmgateway.client.internal.check.Checks.matches(
        notNull(field, value), pattern, allowedDescription, field);
  }

  /** Like {@link #matches} but never echoes the value, for secrets. */
  public static String matchesSecret(
      String field, @Nullable String value, Pattern pattern, String allowedDescription) {
    return dev.llmgateway.client.internal.check.Checks.matchesSecret(
        notNull(field, value), pattern, allowedDescription, field);
  }

  /** Returns {@code value} if it is greater than zero. */
  public static long positive(String field, long value) {
    return dev.llmgateway.client.internal.check.Checks.positive(value, field);
  }

  /** Returns {@code value} if it is zero or more. */
  public static int nonNegative(String field, int value) {
    return (int) dev.llmgateway.client.internal.check.Checks.nonNegative(value, field);
  }

  /** Returns {@code value} if it is a positive duration. */
  public static Duration positive(String field, @Nullable Duration value) {
    return dev.llmgateway.client.internal.check.Checks.positive(notNull(field, value), field);
  }

  /** Returns {@code values} if no element is null or blank. */
  public static <C extends Collection<String>> C noBlankElements(String field, C values) {
    return dev.llmgateway.client.internal.check.Checks.noBlankElements(
        notNull(field, values), field);
  }

  /** Throws if {@code values} is empty. */
  public static void notEmpty(String field, Collection<?> values) {
    dev.llmgateway.client.internal.check.Checks.notEmpty(values, field);
  }
}
