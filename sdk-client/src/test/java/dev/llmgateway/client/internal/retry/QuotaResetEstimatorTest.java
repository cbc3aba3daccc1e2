package dev.llmgateway.client.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.llmgateway.client.QuotaWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaResetEstimatorTest {
  private static final Instant NOW = Instant.parse("2026-01-15T10:17:42.500Z"); // a Thursday

  @ParameterizedTest
  @CsvSource({
    "MINUTES, 2026-01-15T10:18:00Z",
    "HOURS, 2026-01-15T11:00:00Z",
    "DAYS, 2026-01-16T00:00:00Z",
    "WEEKS, 2026-01-18T00:00:00Z",
    "MONTHS, 2026-02-01T00:00:00Z"
  })
  void nextReset_alignedWindow_isNextUtcBoundary(ChronoUnit unit, String expected) {
    QuotaResetEstimator e = new QuotaResetEstimator(Clock.fixed(NOW, ZoneOffset.UTC));
    assertEquals(Instant.parse(expected), e.nextReset(QuotaWindow.aligned(1, unit)));
  }

  @Test
  void nextReset_flexiWindow_rollsFromFirstRequest() {
    MovingClock clock = new MovingClock(Instant.parse("2026-01-15T10:00:10Z"));
    QuotaResetEstimator e = new QuotaResetEstimator(clock);
    e.recordRequest();
    clock.now = Instant.parse("2026-01-15T10:00:50Z");
    e.recordRequest(); // only the first request anchors the window
    assertEquals(
        Instant.parse("2026-01-15T10:01:10Z"),
        e.nextReset(QuotaWindow.flexi(1, ChronoUnit.MINUTES)));
    clock.now = Instant.parse("2026-01-15T10:03:20Z");
    assertEquals(
        Instant.parse("2026-01-15T10:04:10Z"),
        e.nextReset(QuotaWindow.flexi(1, ChronoUnit.MINUTES)));
  }

  @Test
  void estimate_byErrorCode_usesTheMatchingWindow() {
    QuotaResetEstimator e =
        new QuotaResetEstimator(
            Clock.fixed(NOW, ZoneOffset.UTC),
            QuotaWindow.aligned(1, ChronoUnit.HOURS),
            QuotaWindow.aligned(1, ChronoUnit.DAYS));
    assertEquals(
        Instant.parse("2026-01-15T11:00:00Z"), e.estimate(QuotaResetEstimator.REQUEST_QUOTA));
    assertEquals(
        Instant.parse("2026-01-16T00:00:00Z"), e.estimate(QuotaResetEstimator.TOKEN_QUOTA));
    assertNull(e.estimate("policies.ratelimit.SpikeArrestViolation"));
  }

  private static final class MovingClock extends Clock {
    Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
