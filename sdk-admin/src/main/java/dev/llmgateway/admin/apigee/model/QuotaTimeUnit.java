package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The time units Apigee accepts for API product quotas: minute, hour, day and month. */
public enum QuotaTimeUnit {
  /** {@code minute}. */
  MINUTE,
  /** {@code hour}. */
  HOUR,
  /** {@code day}. */
  DAY,
  /** {@code month}. */
  MONTH;

  /**
   * Returns the wire value, e.g. {@code minute}.
   *
   * @return the lowercase name
   */
  @JsonValue
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire value (case-insensitive).
   *
   * @param value the value, e.g. {@code minute}
   * @return the unit
   * @throws IllegalArgumentException if Apigee does not accept the unit; the message names {@code
   *     timeUnit}
   */
  public static QuotaTimeUnit of(@Nullable String value) {
    if (value != null) {
      for (QuotaTimeUnit u : values()) {
        if (u.wireValue().equalsIgnoreCase(value.strip())) {
          return u;
        }
      }
    }
    throw new IllegalArgumentException(
        "timeUnit must be one of minute, hour, day, month but was '" + value + "'");
  }
}
