package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/** Cross-field rules and the shared elements of the Quota and LLMTokenQuota policies. */
final class QuotaRules {

  /** The units Apigee accepts when it saves a bundle (not second, which its reference lists). */
  private static final List<QuotaTimeUnit> UNITS =
      List.of(
          QuotaTimeUnit.MINUTE,
          QuotaTimeUnit.HOUR,
          QuotaTimeUnit.DAY,
          QuotaTimeUnit.WEEK,
          QuotaTimeUnit.MONTH);

  /** How a start time is written: {@code yyyy-MM-dd HH:mm:ss}. */
  static final DateTimeFormatter START_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** How it is read: also without leading zeros, as in Google's samples ({@code 2014-11-4}). */
  private static final DateTimeFormatter START_TIME_READ =
      DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private QuotaRules() {}

  static void check(QuotaSettings q) {
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
    q.startTime().ifPresent(QuotaRules::checkStartTime);
  }

  /**
   * Appends {@code Identifier}, {@code Allow}, {@code Interval} and {@code TimeUnit}, each literal
   * and/or reference as set.
   */
  static void appendLimit(Element root, QuotaSettings q) {
    q.identifierRef().ifPresent(r -> Xml.child(root, "Identifier").setAttribute("ref", r));
    Element allow = Xml.child(root, "Allow");
    q.allowCount().ifPresent(c -> allow.setAttribute("count", Long.toString(c)));
    q.allowCountRef().ifPresent(r -> allow.setAttribute("countRef", r));
    Xml.valueOrRef(
        root,
        "Interval",
        q.interval().map(i -> Long.toString(i)).orElse(null),
        q.intervalRef().orElse(null));
    Xml.valueOrRef(root, "TimeUnit", q.timeUnit().orElse(null), q.timeUnitRef().orElse(null));
  }

  /** Checks the documented {@code yyyy-MM-dd HH:mm:ss}, a real date and time. */
  static void checkStartTime(String startTime) {
    try {
      LocalDateTime.parse(startTime, START_TIME_READ);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "startTime must be 'yyyy-MM-dd HH:mm:ss' (UTC) but was '" + startTime + "'", e);
    }
  }

  private static void positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0 but was " + value);
    }
  }
}
