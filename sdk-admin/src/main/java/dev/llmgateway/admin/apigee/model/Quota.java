package dev.llmgateway.admin.apigee.model;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request quota: {@code limit} requests per {@code interval} {@code timeUnit}s, e.g. 100 per 1
 * minute. The management API sends the three fields as strings; this type validates them.
 */
public final class Quota {

  /** The units the management API accepts for a product quota. */
  private static final List<QuotaTimeUnit> UNITS =
      List.of(QuotaTimeUnit.MINUTE, QuotaTimeUnit.HOUR, QuotaTimeUnit.DAY, QuotaTimeUnit.MONTH);

  private final long limit;
  private final long interval;
  private final QuotaTimeUnit timeUnit;

  private Quota(long limit, long interval, QuotaTimeUnit timeUnit) {
    this.limit = Checks.positive("limit", limit);
    this.interval = Checks.positive("interval", interval);
    this.timeUnit =
        QuotaTimeUnit.check(Checks.notNull("timeUnit", timeUnit).value(), "timeUnit", UNITS);
  }

  /**
   * Creates a quota.
   *
   * @param limit the number of requests allowed per window, &gt; 0
   * @param interval the number of time units per window, &gt; 0
   * @param timeUnit the time unit: minute, hour, day or month
   * @return the quota
   * @throws IllegalArgumentException if a value is out of range or the unit is not one the
   *     management API accepts; the message names the field
   */
  public static Quota of(long limit, long interval, QuotaTimeUnit timeUnit) {
    return new Quota(limit, interval, timeUnit);
  }

  /**
   * Parses the string form the management API uses.
   *
   * @param limit the limit, e.g. {@code "100"}
   * @param interval the interval, e.g. {@code "1"}
   * @param timeUnit the unit, one of {@code minute}, {@code hour}, {@code day}, {@code month}
   * @return the quota
   * @throws IllegalArgumentException if a field is not a positive number or the unit is not
   *     accepted; the message names the field
   */
  public static Quota parse(String limit, String interval, String timeUnit) {
    return new Quota(
        number("limit", limit),
        number("interval", interval),
        QuotaTimeUnit.check(
            timeUnit == null ? null : QuotaTimeUnit.of(timeUnit).value(), "timeUnit", UNITS));
  }

  private static long number(String field, @Nullable String value) {
    Checks.notBlank(field, value);
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          field + " must be a positive integer but was '" + value + "'", e);
    }
  }

  /**
   * Returns the number of requests allowed per window.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }

  /**
   * Returns the number of time units per window.
   *
   * @return the interval
   */
  public long interval() {
    return interval;
  }

  /**
   * Returns the time unit.
   *
   * @return the unit
   */
  public QuotaTimeUnit timeUnit() {
    return timeUnit;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Quota)) {
      return false;
    }
    Quota q = (Quota) o;
    return q.limit == limit && q.interval == interval && q.timeUnit.equals(timeUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, interval, timeUnit);
  }

  @Override
  public String toString() {
    return limit + " per " + interval + " " + timeUnit.value();
  }
}
