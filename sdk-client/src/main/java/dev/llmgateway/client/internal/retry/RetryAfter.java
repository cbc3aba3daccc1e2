package dev.llmgateway.client.internal.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the wait a server names, for both clients of the SDK: {@code Retry-After-Ms} (milliseconds,
 * as OpenAI-compatible servers send it, and as {@code HttpPolicy} passes on a 503 with {@code
 * Retry-After: 0}), else {@code Retry-After} (RFC 9110 section 10.2.3: delay-seconds, fractions
 * accepted, or an HTTP-date taken relative to the clock). A date in the past means no wait; a value
 * too large for a {@link Duration} of nanoseconds saturates at about 292 years. What a wait longer
 * than the client accepts means (fail fast, or wait the longest accepted) is each client's rule.
 */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Returns the wait the headers ask for.
   *
   * @param retryAfterMs the {@code Retry-After-Ms} value, or null if absent
   * @param retryAfter the {@code Retry-After} value, or null if absent
   * @param now the current instant, for the HTTP-date form
   * @return the wait, never negative, or null if neither header names a usable one
   */
  public static @Nullable Duration parse(
      @Nullable String retryAfterMs, @Nullable String retryAfter, Instant now) {
    if (retryAfterMs != null) {
      Duration millis = number(retryAfterMs, 1_000_000);
      if (millis != null) {
        return millis;
      }
    }
    if (retryAfter == null) {
      return null;
    }
    Duration seconds = number(retryAfter, 1_000_000_000);
    if (seconds != null) {
      return seconds;
    }
    try {
      Instant at =
          ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException notDate) {
      return null;
    }
  }

  /** A non-negative finite number of units of {@code nanosPerUnit}, or null. */
  private static @Nullable Duration number(String value, long nanosPerUnit) {
    double n;
    try {
      n = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
    // The cast saturates at Long.MAX_VALUE nanoseconds.
    return n >= 0 && Double.isFinite(n) ? Duration.ofNanos((long) (n * nanosPerUnit)) : null;
  }
}
