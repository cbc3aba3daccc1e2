package dev.llmgateway.client.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one Retry-After parser of both clients. */
class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void parse_retryAfterMs_winsOverRetryAfter() {
    assertEquals(Duration.ofMillis(200), RetryAfter.parse("200", "9", NOW));
    assertEquals(Duration.ofNanos(1_500_000), RetryAfter.parse("1.5", null, NOW));
  }

  @Test
  void parse_unusableRetryAfterMs_fallsBackToRetryAfter() {
    assertEquals(Duration.ofSeconds(9), RetryAfter.parse("soon", "9", NOW));
    assertEquals(Duration.ofSeconds(9), RetryAfter.parse("-1", "9", NOW));
  }

  @Test
  void parse_seconds_acceptsFractionsAndSpaces() {
    assertEquals(Duration.ofSeconds(7), RetryAfter.parse(null, " 7 ", NOW));
    assertEquals(Duration.ofMillis(2500), RetryAfter.parse(null, "2.5", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse(null, "0", NOW));
  }

  @Test
  void parse_httpDate_isRelativeToNow() {
    assertEquals(
        Duration.ofSeconds(5), RetryAfter.parse(null, "Thu, 1 Jan 2026 00:00:05 GMT", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse(null, "Wed, 31 Dec 2025 23:59:00 GMT", NOW));
  }

  @Test
  void parse_hugeSeconds_saturateInsteadOfOverflowing() {
    Duration d = RetryAfter.parse(null, "99999999999999999999999", NOW);
    assertTrue(d != null && d.compareTo(Duration.ofDays(365 * 200)) > 0, String.valueOf(d));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-5", "Infinity", "NaN", "Thu, 32 Jan 2026 00:00:00 GMT"})
  void parse_unusableRetryAfter_isNull(String value) {
    assertNull(RetryAfter.parse(null, value, NOW));
  }

  @Test
  void parse_noHeaders_isNull() {
    assertNull(RetryAfter.parse(null, null, NOW));
  }
}
