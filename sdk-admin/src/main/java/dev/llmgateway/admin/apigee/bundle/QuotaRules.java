package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.util.List;

/** Cross-field rules of the Quota policy. */
final class QuotaRules {

  /** The units Apigee accepts when it saves a bundle (not second, which its reference lists). */
  private static final List<QuotaTimeUnit> UNITS =
      List.of(
          QuotaTimeUnit.MINUTE,
          QuotaTimeUnit.HOUR,
          QuotaTimeUnit.DAY,
          QuotaTimeUnit.WEEK,
          QuotaTimeUnit.MONTH);

  private QuotaRules() {}

  static void check(QuotaPolicy q) {
    if (q.allowCount().isEmpty() && q.allowCountRef().isEmpty()) {
      throw new IllegalArgumentException("allowCount or allowCountRef must be set");
    }
    q.allowCount().ifPresent(c -> positive("allowCount", c));
    if (q.interval().isEmpty() && q.intervalRef().isEmpty()) {
      throw new IllegalArgumentException("interval or intervalRef must be set");
    }
    q.interval().ifPresent(i -> positive("interval", i));
    if (q.timeUnit().isEmpty() && q.timeUnitRef().isEmpty()) {
      throw new IllegalArgumentException("timeUnit or timeUnitRef must be set");
    }
    q.timeUnit().ifPresent(u -> QuotaTimeUnit.check(u, "timeUnit", UNITS));
    if (q.countOnly() && q.enforceOnly()) {
      throw new IllegalArgumentException("countOnly and enforceOnly must not both be true");
    }
    if ((q.countOnly() || q.enforceOnly()) && q.sharedName().isEmpty()) {
      throw new IllegalArgumentException("sharedName must be set when countOnly or enforceOnly is");
    }
    if (q.type() == QuotaType.CALENDAR && q.startTime().isEmpty()) {
      throw new IllegalArgumentException("startTime must be set for type calendar");
    }
    if (q.type() != QuotaType.CALENDAR && q.startTime().isPresent()) {
      throw new IllegalArgumentException("startTime is only allowed for type calendar");
    }
  }

  private static void positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value);
    }
  }
}
