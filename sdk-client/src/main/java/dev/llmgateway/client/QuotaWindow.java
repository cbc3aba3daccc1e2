package dev.llmgateway.client;

import dev.llmgateway.client.internal.check.Checks;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Describes an Apigee quota window so that the client can estimate when a used-up quota resets.
 * Apigee sends no {@code Retry-After} with quota faults, so the client retries a quota fault only
 * if the estimated reset lies within {@link RetrySettings#maxWait()}.
 *
 * <ul>
 *   <li>{@link #aligned(int, ChronoUnit)}: Apigee's default quota type; the counter resets at UTC
 *       clock boundaries (top of the minute, hour, midnight, Sunday midnight, first of the month).
 *   <li>{@link #flexi(int, ChronoUnit)}: the window starts at the first request of the app and
 *       lasts the interval; the client estimates its start from the first request it sent.
 * </ul>
 *
 * <p>Instances are immutable.
 */
public final class QuotaWindow {
  private static final Set<ChronoUnit> UNITS =
      Set.of(
          ChronoUnit.MINUTES,
          ChronoUnit.HOURS,
          ChronoUnit.DAYS,
          ChronoUnit.WEEKS,
          ChronoUnit.MONTHS);

  private final int interval;
  private final ChronoUnit unit;
  private final boolean flexi;

  private QuotaWindow(int interval, ChronoUnit unit, boolean flexi) {
    Checks.notNull(unit, "unit");
    Checks.atLeast(interval, 1, "interval");
    if (!UNITS.contains(unit)) {
      throw new IllegalArgumentException(
          "unit must be MINUTES, HOURS, DAYS, WEEKS or MONTHS but was " + unit);
    }
    this.interval = interval;
    this.unit = unit;
    this.flexi = flexi;
  }

  /**
   * Returns a window of Apigee's default type, reset at UTC clock boundaries.
   *
   * @param interval the number of units, at least 1
   * @param unit MINUTES, HOURS, DAYS, WEEKS or MONTHS
   * @return the window
   */
  public static QuotaWindow aligned(int interval, ChronoUnit unit) {
    return new QuotaWindow(interval, unit, false);
  }

  /**
   * Returns a window of Apigee's {@code flexi} type, starting at the first request.
   *
   * @param interval the number of units, at least 1
   * @param unit MINUTES, HOURS, DAYS, WEEKS or MONTHS
   * @return the window
   */
  public static QuotaWindow flexi(int interval, ChronoUnit unit) {
    return new QuotaWindow(interval, unit, true);
  }

  /**
   * Returns the number of units in the window.
   *
   * @return the interval
   */
  public int interval() {
    return interval;
  }

  /**
   * Returns the time unit of the window.
   *
   * @return the unit
   */
  public ChronoUnit unit() {
    return unit;
  }

  /**
   * Returns whether the window starts at the first request ({@code flexi}) rather than at clock
   * boundaries.
   *
   * @return true for flexi windows
   */
  public boolean flexi() {
    return flexi;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof QuotaWindow
        && ((QuotaWindow) o).interval == interval
        && ((QuotaWindow) o).unit == unit
        && ((QuotaWindow) o).flexi == flexi;
  }

  @Override
  public int hashCode() {
    return Objects.hash(interval, unit, flexi);
  }

  @Override
  public String toString() {
    return "QuotaWindow{" + interval + " " + unit + (flexi ? ", flexi" : ", aligned") + "}";
  }
}
