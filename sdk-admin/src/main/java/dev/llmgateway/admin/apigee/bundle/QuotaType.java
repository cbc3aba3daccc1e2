package dev.llmgateway.admin.apigee.bundle;

import java.util.Locale;

/** The type of a Quota policy, which decides when its windows start. */
public enum QuotaType {
  /** Windows aligned to the clock (UTC) boundaries of the time unit; no {@code type} attribute. */
  DEFAULT,
  /** Windows starting at an explicit {@code StartTime}. */
  CALENDAR,
  /** A window sliding back from each request. */
  ROLLINGWINDOW,
  /** Windows starting at the first request of each identifier. */
  FLEXI;

  /**
   * Returns the wire value of the {@code type} attribute, e.g. {@code flexi}.
   *
   * @return the lowercase name
   */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
