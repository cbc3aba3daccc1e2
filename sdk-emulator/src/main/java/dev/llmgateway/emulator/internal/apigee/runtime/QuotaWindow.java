package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A quota counting window {@code [start, end)} in epoch milliseconds, and how each Quota type
 * computes it, all in UTC. Default: aligned to the clock, the window holding {@code now} among
 * consecutive windows of {@code interval} units counted from the epoch (minutes, hours and days
 * from 1970-01-01T00:00Z, weeks from Monday 1969-12-29, months from January 1970). Calendar: the
 * same, counted from {@code StartTime}. Flexi: starts at the first call.
 *
 * @param start the first millisecond
 * @param end the first millisecond after the window
 */
record QuotaWindow(long start, long end) {

  private static final long MONDAY_BEFORE_EPOCH = -3L * 86_400_000L;

  private static final Map<QuotaTimeUnit, Long> MILLIS =
      Map.of(
          QuotaTimeUnit.SECOND, 1_000L,
          QuotaTimeUnit.MINUTE, 60_000L,
          QuotaTimeUnit.HOUR, 3_600_000L,
          QuotaTimeUnit.DAY, 86_400_000L,
          QuotaTimeUnit.WEEK, 7 * 86_400_000L);

  /** The clock-aligned window of the default type. */
  static QuotaWindow aligned(long now, long interval, QuotaTimeUnit unit) {
    if (unit.equals(QuotaTimeUnit.MONTH)) {
      long month = months(Instant.EPOCH, now);
      long first = Math.floorDiv(month, interval) * interval;
      return months(Instant.EPOCH, first, interval);
    }
    long origin = unit.equals(QuotaTimeUnit.WEEK) ? MONDAY_BEFORE_EPOCH : 0;
    return fixed(origin, now, interval * millis(unit));
  }

  /** The calendar window: consecutive windows from {@code startTime}. */
  static QuotaWindow calendar(long now, Instant startTime, long interval, QuotaTimeUnit unit) {
    if (unit.equals(QuotaTimeUnit.MONTH)) {
      long month = Math.floorDiv(months(startTime, now), interval) * interval;
      return months(startTime, month, interval);
    }
    return fixed(startTime.toEpochMilli(), now, interval * millis(unit));
  }

  /** The flexi window starting now. */
  static QuotaWindow flexi(long now, long interval, QuotaTimeUnit unit) {
    if (unit.equals(QuotaTimeUnit.MONTH)) {
      ZonedDateTime start = Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC);
      return new QuotaWindow(now, start.plusMonths(interval).toInstant().toEpochMilli());
    }
    return new QuotaWindow(now, now + interval * millis(unit));
  }

  /** Returns the window of a Quota type. */
  static QuotaWindow of(
      String type, long now, long interval, QuotaTimeUnit unit, @Nullable Instant startTime) {
    switch (type) {
      case "flexi":
        return flexi(now, interval, unit);
      case "calendar":
        return startTime == null
            ? aligned(now, interval, unit)
            : calendar(now, startTime, interval, unit);
      default:
        return aligned(now, interval, unit);
    }
  }

  private static QuotaWindow fixed(long origin, long now, long length) {
    long start = origin + Math.floorDiv(now - origin, length) * length;
    return new QuotaWindow(start, start + length);
  }

  private static long months(Instant origin, long now) {
    ZonedDateTime o = origin.atZone(ZoneOffset.UTC);
    ZonedDateTime n = Instant.ofEpochMilli(now).atZone(ZoneOffset.UTC);
    long m = ChronoUnit.MONTHS.between(o, n);
    return n.isBefore(o.plusMonths(m)) ? m - 1 : m;
  }

  private static QuotaWindow months(Instant origin, long firstMonth, long interval) {
    ZonedDateTime o = origin.atZone(ZoneOffset.UTC);
    return new QuotaWindow(
        o.plusMonths(firstMonth).toInstant().toEpochMilli(),
        o.plusMonths(firstMonth + interval).toInstant().toEpochMilli());
  }

  static long millis(QuotaTimeUnit unit) {
    Long millis = MILLIS.get(unit);
    if (millis == null) {
      throw new IllegalArgumentException("a " + unit + " has no fixed length");
    }
    return millis;
  }
}
