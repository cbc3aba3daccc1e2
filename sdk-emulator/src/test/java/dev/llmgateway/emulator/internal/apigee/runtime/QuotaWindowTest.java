package dev.llmgateway.emulator.internal.apigee.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quota windows in UTC, one row per case. */
class QuotaWindowTest {

  static long ms(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @ParameterizedTest(name = "{0} {1}x{2} -> [{3}, {4})")
  @CsvSource({
    "2026-03-02T10:00:30Z, 1, MINUTE, 2026-03-02T10:00:00Z, 2026-03-02T10:01:00Z",
    "2026-03-02T10:00:59.999Z, 1, MINUTE, 2026-03-02T10:00:00Z, 2026-03-02T10:01:00Z",
    "2026-03-02T10:01:00Z, 1, MINUTE, 2026-03-02T10:01:00Z, 2026-03-02T10:02:00Z",
    "2026-03-02T10:07:00Z, 5, MINUTE, 2026-03-02T10:05:00Z, 2026-03-02T10:10:00Z",
    "2026-03-02T10:59:59Z, 1, HOUR, 2026-03-02T10:00:00Z, 2026-03-02T11:00:00Z",
    "2026-03-02T23:59:59Z, 1, DAY, 2026-03-02T00:00:00Z, 2026-03-03T00:00:00Z",
    "2026-03-05T12:00:00Z, 1, WEEK, 2026-03-02T00:00:00Z, 2026-03-09T00:00:00Z",
    "2026-02-14T12:00:00Z, 1, MONTH, 2026-02-01T00:00:00Z, 2026-03-01T00:00:00Z",
    "2026-02-14T12:00:00Z, 2, MONTH, 2026-01-01T00:00:00Z, 2026-03-01T00:00:00Z",
    "2026-03-02T10:00:00.500Z, 1, SECOND, 2026-03-02T10:00:00Z, 2026-03-02T10:00:01Z",
  })
  void aligned_isTheClockWindowHoldingNow(
      String now, long interval, QuotaTimeUnit unit, String start, String end) {
    assertEquals(new QuotaWindow(ms(start), ms(end)), QuotaWindow.aligned(ms(now), interval, unit));
  }

  @ParameterizedTest(name = "{0} from {1} -> [{4}, {5})")
  @CsvSource({
    "2026-03-02T10:20:00Z, 2026-03-02T10:15:30Z, 1, HOUR, 2026-03-02T10:15:30Z, 2026-03-02T11:15:30Z",
    "2026-03-02T12:00:00Z, 2026-03-02T10:15:30Z, 1, HOUR, 2026-03-02T11:15:30Z, 2026-03-02T12:15:30Z",
    "2026-05-20T00:00:00Z, 2026-01-31T00:00:00Z, 1, MONTH, 2026-04-30T00:00:00Z, 2026-05-31T00:00:00Z",
  })
  void calendar_countsWindowsFromTheStartTime(
      String now, String startTime, long interval, QuotaTimeUnit unit, String start, String end) {
    assertEquals(
        new QuotaWindow(ms(start), ms(end)),
        QuotaWindow.calendar(ms(now), Instant.parse(startTime), interval, unit));
  }

  @ParameterizedTest(name = "flexi {0} {1}x{2}")
  @CsvSource({
    "2026-03-02T10:00:30.250Z, 1, MINUTE, 2026-03-02T10:01:30.250Z",
    "2026-01-31T08:00:00Z, 1, MONTH, 2026-02-28T08:00:00Z",
  })
  void flexi_startsAtTheCall(String now, long interval, QuotaTimeUnit unit, String end) {
    assertEquals(new QuotaWindow(ms(now), ms(end)), QuotaWindow.flexi(ms(now), interval, unit));
  }
}
