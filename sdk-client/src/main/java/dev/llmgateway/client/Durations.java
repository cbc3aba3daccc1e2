package dev.llmgateway.client;

import dev.llmgateway.client.internal.check.Checks;
import java.time.Duration;

/**
 * Checks the durations users give, in one place. Timeouts must be at least 1 ms: OkHttp counts
 * whole milliseconds and takes 0 for "no timeout", so a positive timeout under 1 ms would silently
 * mean none. Longer ones are capped at {@link #MAX_TIMEOUT} (about 24.8 days, the most OkHttp
 * accepts), so that {@code Duration.ofSeconds(Long.MAX_VALUE)} or {@code
 * ChronoUnit.FOREVER.getDuration()} mean "no practical limit" instead of failing with an {@code
 * ArithmeticException}. Waits between retries are capped at {@link #MAX_WAIT} (about 292 years, the
 * most a {@code long} of nanoseconds holds).
 */
final class Durations {
  /** The longest timeout: {@code Integer.MAX_VALUE} milliseconds, about 24.8 days. */
  static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

  /** The longest wait: {@code Long.MAX_VALUE} nanoseconds, about 292 years. */
  static final Duration MAX_WAIT = Duration.ofNanos(Long.MAX_VALUE);

  private static final Duration ONE_MILLI = Duration.ofMillis(1);

  private Durations() {}

  /**
   * Checks a timeout: at least 1 ms; capped at {@link #MAX_TIMEOUT}.
   *
   * @throws IllegalArgumentException naming the field if it is not positive or under 1 ms
   */
  static Duration timeout(Duration d, String name) {
    Checks.positive(d, name);
    if (d.compareTo(ONE_MILLI) < 0) {
      throw new IllegalArgumentException(
          name + " must be at least 1 ms (timeouts count whole milliseconds) but was " + d);
    }
    return d.compareTo(MAX_TIMEOUT) > 0 ? MAX_TIMEOUT : d;
  }

  /**
   * Checks a wait: not negative; capped at {@link #MAX_WAIT}.
   *
   * @throws IllegalArgumentException naming the field if it is negative
   */
  static Duration waitTime(Duration d, String name) {
    Checks.notNegative(d, name);
    return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
  }
}
