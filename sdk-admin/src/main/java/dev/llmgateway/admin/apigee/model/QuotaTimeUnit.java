package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The time unit of an Apigee quota window, the one type for every place Apigee counts requests per
 * interval: the management API's API product quota ({@link Quota}), the Quota policy of a proxy
 * bundle and the {@code APIOperationSet} custom resource. Each of them accepts a subset and says
 * which when it rejects a unit: products and {@code APIOperationSet} take minute, hour, day and
 * month; the Quota policy also takes week.
 *
 * <p>An open enum: the constants cover the units known today, {@link #of(String)} keeps any other
 * value. Instances compare by value. This class is immutable.
 */
public final class QuotaTimeUnit {

  /**
   * {@code second}: listed in the Quota policy reference, but Apigee rejects it when it saves a
   * bundle, so the SDK's builders do too.
   */
  public static final QuotaTimeUnit SECOND = new QuotaTimeUnit("second");

  /** {@code minute}. */
  public static final QuotaTimeUnit MINUTE = new QuotaTimeUnit("minute");

  /** {@code hour}. */
  public static final QuotaTimeUnit HOUR = new QuotaTimeUnit("hour");

  /** {@code day}. */
  public static final QuotaTimeUnit DAY = new QuotaTimeUnit("day");

  /** {@code week}: Quota policy only. */
  public static final QuotaTimeUnit WEEK = new QuotaTimeUnit("week");

  /** {@code month}: a calendar month. */
  public static final QuotaTimeUnit MONTH = new QuotaTimeUnit("month");

  private static final List<QuotaTimeUnit> KNOWN = List.of(SECOND, MINUTE, HOUR, DAY, WEEK, MONTH);

  private final String value;

  private QuotaTimeUnit(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for a wire value, ignoring case and surrounding white space, or a new
   * instance holding the value as given when it names no unit known here.
   *
   * @param value the wire value, e.g. {@code minute}
   * @return the unit
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static QuotaTimeUnit of(String value) {
    Objects.requireNonNull(value, "value == null");
    String v = value.strip();
    for (QuotaTimeUnit u : KNOWN) {
      if (u.value.equalsIgnoreCase(v)) {
        return u;
      }
    }
    return new QuotaTimeUnit(value);
  }

  /**
   * Returns the unit a wire value names exactly (lowercase, as sent) if it is one of {@code
   * allowed}, for builders and parsers that accept only some units.
   *
   * @param value the wire value, or null
   * @param field the field name for the message
   * @param allowed the units accepted here
   * @return the unit
   * @throws IllegalArgumentException {@code "field must be one of minute, hour but was 'x'"}
   */
  public static QuotaTimeUnit check(
      @Nullable String value, String field, List<QuotaTimeUnit> allowed) {
    if (value != null) {
      for (QuotaTimeUnit u : allowed) {
        if (u.value.equals(value)) {
          return u;
        }
      }
    }
    throw new IllegalArgumentException(
        field
            + " must be one of "
            + allowed.stream().map(QuotaTimeUnit::value).collect(Collectors.joining(", "))
            + " but was '"
            + value
            + "'");
  }

  /**
   * Returns the wire value.
   *
   * @return the value, e.g. {@code minute}
   */
  @JsonValue
  public String value() {
    return value;
  }

  /**
   * Returns whether this is one of the constants of this class.
   *
   * @return true for a known unit
   */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof QuotaTimeUnit && value.equals(((QuotaTimeUnit) o).value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
