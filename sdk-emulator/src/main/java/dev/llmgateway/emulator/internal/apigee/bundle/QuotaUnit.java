package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The time units of Quota windows. */
public enum QuotaUnit {
  /** One second. */
  SECOND,
  /** One minute. */
  MINUTE,
  /** One hour. */
  HOUR,
  /** One day. */
  DAY,
  /** One week. */
  WEEK,
  /** One calendar month. */
  MONTH;

  /**
   * Parses a unit name (case-insensitive).
   *
   * @param value e.g. {@code minute}
   * @return the unit, or null when the name is not a unit
   */
  public static @Nullable QuotaUnit of(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
