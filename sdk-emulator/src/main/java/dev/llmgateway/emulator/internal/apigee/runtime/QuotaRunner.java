package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.QuotaDef;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Executes Quota policies: resolves Allow, Interval, TimeUnit (a reference wins when set, else the
 * literal), the identifier ({@code _default} without one) and the message weight, then checks
 * and/or counts on the counter of the policy, or of its SharedName. Sets {@code
 * ratelimit.<name>.allowed.count}, {@code used.count}, {@code available.count}, {@code
 * exceed.count}, {@code expiry.time}, {@code identifier} and {@code failed}.
 */
final class QuotaRunner {

  private final Clock clock;
  private final QuotaCounters counters;

  QuotaRunner(Clock clock, QuotaCounters counters) {
    this.clock = clock;
    this.counters = counters;
  }

  @Nullable Fault run(QuotaDef q, FlowState s) {
    Long allow = number(s, q.allowCountRef(), q.allowCount());
    if (allow == null) {
      return ApigeeFaults.unresolvedAllow(String.valueOf(q.allowCountRef()));
    }
    Long interval = number(s, q.intervalRef(), q.interval());
    if (interval == null || interval <= 0) {
      return ApigeeFaults.unresolvedInterval(String.valueOf(q.intervalRef()));
    }
    QuotaTimeUnit unit = q.timeUnitRef() == null ? null : QuotaDef.unit(s.text(q.timeUnitRef()));
    unit = unit != null ? unit : q.timeUnit();
    if (unit == null) {
      return ApigeeFaults.unresolvedTimeUnit(String.valueOf(q.timeUnitRef()));
    }
    long weight = Weights.of(s, q.messageWeightRef());
    if (weight < 0) {
      return ApigeeFaults.invalidMessageWeight(String.valueOf(s.text(q.messageWeightRef())));
    }
    String id = q.identifierRef() == null ? null : s.text(q.identifierRef());
    String identifier = id == null ? "_default" : id;
    String proxy = s.plan.name();
    String key =
        q.sharedName() != null
            ? "shared|" + proxy + "|" + q.sharedName() + "|" + identifier
            : "policy|" + proxy + "|" + q.common().name() + "|" + identifier;
    long now = clock.millis();
    QuotaWindow window = QuotaWindow.of(q.type(), now, interval, unit, q.startTime());
    QuotaCounters.Outcome o =
        counters.apply(
            key,
            window,
            q.type().equals("flexi"),
            now,
            allow,
            weight,
            !q.countOnly(),
            !q.enforceOnly());
    publish(s, q.common().name(), allow, o, identifier);
    return o.violated() ? ApigeeFaults.quotaViolation(identifier) : null;
  }

  /**
   * Sets the {@code ratelimit.<name>.*} variables that Quota and LLMTokenQuota both set.
   *
   * @param s the flow
   * @param name the policy's name
   * @param allow the limit that applied
   * @param o the counter's outcome
   * @param identifier the identifier, {@code _default} without one
   */
  static void publish(
      FlowState s, String name, long allow, QuotaCounters.Outcome o, String identifier) {
    Map<String, Object> vars = s.vars();
    String p = "ratelimit." + name + ".";
    vars.put(p + "allowed.count", Long.toString(allow));
    vars.put(p + "used.count", Long.toString(o.used()));
    vars.put(p + "available.count", Long.toString(Math.max(0, allow - o.used())));
    vars.put(p + "exceed.count", o.violated() ? "1" : "0");
    vars.put(p + "expiry.time", Long.toString(o.windowEnd()));
    vars.put(p + "identifier", identifier);
    vars.put(p + "failed", Boolean.toString(o.violated()));
  }

  private static @Nullable Long number(FlowState s, @Nullable String ref, @Nullable Long literal) {
    return number(ref == null ? null : s.text(ref), literal);
  }

  /** A reference's value as a number, else the literal (also when the value is not a number). */
  static @Nullable Long number(@Nullable String text, @Nullable Long literal) {
    if (text != null) {
      try {
        return Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        return literal;
      }
    }
    return literal;
  }
}
