package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A request quota: {@code limit} requests per {@code interval} {@code timeUnit}s, e.g. 100 per 1
 * minute. The management API sends the three fields as strings; this type validates them.
 */
@Value.Immutable(builder = false)
@ValueStyle
public abstract class Quota {

  /** The units the management API accepts for a product quota. */
  private static final List<QuotaTimeUnit> UNITS =
      List.of(QuotaTimeUnit.MINUTE, QuotaTimeUnit.HOUR, QuotaTimeUnit.DAY, QuotaTimeUnit.MONTH);

  Quota() {}

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
    return ImmutableQuota.of(
        Checks.positive(limit, "limit"),
        Checks.positive(interval, "interval"),
        QuotaTimeUnit.check(
            Checks.notNullArgument(timeUnit, "timeUnit").value(), "timeUnit", UNITS));
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
    return of(
        number("limit", limit),
        number("interval", interval),
        QuotaTimeUnit.check(
            timeUnit == null ? null : QuotaTimeUnit.of(timeUnit).value(), "timeUnit", UNITS));
  }

  /**
   * Reads {@code {"limit", "interval", "timeUnit"}}; the interval defaults to 1, the unit to hour.
   */
  @JsonCreator
  static Quota fromJson(
      @JsonProperty("limit") @Nullable String limit,
      @JsonProperty("interval") @Nullable String interval,
      @JsonProperty("timeUnit") @Nullable String timeUnit) {
    return parse(limit, interval == null ? "1" : interval, timeUnit == null ? "hour" : timeUnit);
  }

  private static long number(String field, @Nullable String value) {
    Checks.notBlank(Checks.notNullArgument(value, field), field);
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
  @Value.Parameter
  @JsonProperty("limit")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract long limit();

  /**
   * Returns the number of time units per window.
   *
   * @return the interval
   */
  @Value.Parameter
  @JsonProperty("interval")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract long interval();

  /**
   * Returns the time unit.
   *
   * @return the time unit
   */
  @Value.Parameter
  @JsonProperty("timeUnit")
  public abstract QuotaTimeUnit timeUnit();

  @Override
  public String toString() {
    return limit() + " per " + interval() + " " + timeUnit().value();
  }
}
