package dev.llmgateway.admin.apigee.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} header (RFC 9110 section 10.2.3): either delay-seconds or an
 * HTTP-date, the latter taken relative to the current instant. The wait is never negative and is
 * capped.
 */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * Returns the wait a {@code Retry-After} value asks for.
   *
   * @param value the header value, or null if absent
   * @param now the current instant, for the HTTP-date form
   * @param cap the largest wait returned
   * @return the wait between zero and {@code cap}, or empty if absent or unparsable
   */
  static Optional<Duration> parse(@Nullable String value, Instant now, Duration cap) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    Duration wait;
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        wait = Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException e) {
        wait = cap; // more digits than a long holds: a very long wait
      }
    } else {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        wait = Duration.between(now, at);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) {
      return Optional.of(Duration.ZERO);
    }
    return Optional.of(wait.compareTo(cap) > 0 ? cap : wait);
  }
}
