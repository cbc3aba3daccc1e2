package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.LlmTokenQuotaDef;
import dev.llmgateway.emulator.internal.apigee.bundle.QuotaDef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Executes LLMTokenQuota policies. The model comes from {@code LLMModelSource}; a reference to a
 * VerifyAPIKey's {@code apiproduct.developer.llmQuota.limit}, {@code .interval} or {@code
 * .timeunit} resolves to the API product's {@code llmOperationGroup} quota for that model when it
 * has one, else to the product's {@code llmQuota}, else the literal applies. EnforceOnly rejects a
 * call once the tokens counted reach the limit (HTTP 429 {@code LLMTokenQuotaViolation}); CountOnly
 * adds the tokens {@code LLMTokenUsageSource} reads and never rejects, so the call that crosses the
 * limit completes. Counters are per SharedName (else policy), identifier and model; without an
 * {@code Identifier} they are per verified app ({@code client_id}), as product-driven quotas are
 * (assumed, DESIGN 9.1), and the fault names the identifier {@code _default}, as the Quota of the
 * guide's proxy does. Calendar windows run from {@code StartTime}; rolling windows end at each
 * call. Sets {@code ratelimit.<name>.*} like Quota.
 */
final class LlmTokenQuotaRunner {

  private static final String PRODUCT = ".apiproduct.developer.llmQuota.";

  private final Clock clock;
  private final QuotaCounters counters;
  private final RollingCounters rolling = new RollingCounters();

  LlmTokenQuotaRunner(Clock clock, QuotaCounters counters) {
    this.clock = clock;
    this.counters = counters;
  }

  @Nullable Fault run(LlmTokenQuotaDef def, FlowState s) {
    QuotaDef q = def.quota();
    String name = def.common().name();
    String model = def.modelSource().render(s, true).strip();
    if (model.isEmpty()) {
      return ApigeeFaults.llmModelUnresolved(name);
    }
    long weight = 1;
    if (q.countOnly()) {
      String text = def.usageSource() == null ? "" : def.usageSource().render(s, true);
      Long used = QuotaRunner.number(text.strip(), null);
      if (used == null || used < 0) {
        return ApigeeFaults.llmUsageUnresolved(name);
      }
      weight = used;
    }
    Long allow = QuotaRunner.number(product(s, q.allowCountRef(), model), q.allowCount());
    if (allow == null) {
      return ApigeeFaults.unresolvedAllow(String.valueOf(q.allowCountRef()));
    }
    Long interval = QuotaRunner.number(product(s, q.intervalRef(), model), q.interval());
    if (interval == null || interval <= 0) {
      return ApigeeFaults.unresolvedInterval(String.valueOf(q.intervalRef()));
    }
    String unitText = product(s, q.timeUnitRef(), model);
    QuotaTimeUnit unit = unitText == null ? null : QuotaDef.unit(unitText);
    unit = unit != null ? unit : q.timeUnit();
    if (unit == null) {
      return ApigeeFaults.unresolvedTimeUnit(String.valueOf(q.timeUnitRef()));
    }
    String id = q.identifierRef() == null ? null : s.text(q.identifierRef());
    String identifier = id == null ? "_default" : id;
    // Without an Identifier the counter is still per app; the fault names _default (DESIGN 9.1).
    String app = q.identifierRef() == null ? s.text("client_id") : null;
    String key =
        "llm|"
            + s.plan.name()
            + "|"
            + (q.sharedName() != null ? "shared|" + q.sharedName() : "policy|" + name)
            + "|"
            + (app != null ? "app|" + app : "id|" + identifier)
            + "|"
            + model;
    long now = clock.millis();
    QuotaCounters.Outcome o;
    if (q.type().equals("rollingwindow")) {
      ChronoUnit chrono = ChronoUnit.valueOf(unit.value().toUpperCase(Locale.ROOT) + "S");
      long start =
          Instant.ofEpochMilli(now)
              .atZone(ZoneOffset.UTC)
              .minus(interval, chrono)
              .toInstant()
              .toEpochMilli();
      o = rolling.apply(key, start + 1, now, allow, weight, !q.countOnly(), !q.enforceOnly());
    } else {
      QuotaWindow window = QuotaWindow.of(q.type(), now, interval, unit, q.startTime());
      o = counters.apply(key, window, false, now, allow, weight, !q.countOnly(), !q.enforceOnly());
    }
    QuotaRunner.publish(s, name, allow, o, identifier);
    return o.violated() ? ApigeeFaults.llmTokenQuotaViolation(identifier) : null;
  }

  /** A reference's value, taken from the product's LLM token quota of the model when it has one. */
  private static @Nullable String product(FlowState s, @Nullable String ref, String model) {
    if (ref == null) {
      return null;
    }
    int at = ref.indexOf(PRODUCT);
    if (at >= 0) {
      Object models = s.get(ref.substring(0, at + 1) + KeyCheck.LLM_QUOTAS);
      Object quota = models instanceof Map ? ((Map<?, ?>) models).get(model) : null;
      if (quota instanceof Quota) {
        Quota q = (Quota) quota;
        switch (ref.substring(at + PRODUCT.length())) {
          case "limit":
            return Long.toString(q.limit());
          case "interval":
            return Long.toString(q.interval());
          case "timeunit":
            return q.timeUnit().value();
          default:
            break;
        }
      }
    }
    return s.text(ref);
  }
}
