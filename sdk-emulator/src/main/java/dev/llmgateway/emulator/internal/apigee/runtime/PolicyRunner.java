package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.AssignMessageDef;
import dev.llmgateway.emulator.internal.apigee.bundle.ExtractVariablesDef;
import dev.llmgateway.emulator.internal.apigee.bundle.LlmTokenQuotaDef;
import dev.llmgateway.emulator.internal.apigee.bundle.MessageLoggingDef;
import dev.llmgateway.emulator.internal.apigee.bundle.PolicyDef;
import dev.llmgateway.emulator.internal.apigee.bundle.PromptTokenLimitDef;
import dev.llmgateway.emulator.internal.apigee.bundle.QuotaDef;
import dev.llmgateway.emulator.internal.apigee.bundle.RaiseFaultDef;
import dev.llmgateway.emulator.internal.apigee.bundle.SanitizeDef;
import dev.llmgateway.emulator.internal.apigee.bundle.SemanticCacheDef;
import dev.llmgateway.emulator.internal.apigee.bundle.SpikeArrestDef;
import dev.llmgateway.emulator.internal.apigee.bundle.SpikeRate;
import dev.llmgateway.emulator.internal.apigee.bundle.VerifyApiKeyDef;
import dev.llmgateway.emulator.internal.apigee.store.Json;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Executes one policy of a deployed proxy on a call. Thread-safe. */
final class PolicyRunner {

  private final Clock clock;
  private final QuotaRunner quotas;
  private final SpikeLimiter spikes;
  private final LlmTokenQuotaRunner tokens;
  private final AiRunner ai;
  private final MessageRunner messages = new MessageRunner();

  PolicyRunner(Clock clock, QuotaCounters counters, SpikeLimiter spikes) {
    this.clock = clock;
    this.quotas = new QuotaRunner(clock, counters);
    this.tokens = new LlmTokenQuotaRunner(clock, counters);
    this.spikes = spikes;
    this.ai = new AiRunner(clock, spikes);
  }

  /**
   * Runs a policy.
   *
   * @return the fault it raises, or null to go on
   */
  @Nullable Fault run(PolicyDef def, FlowState s) {
    if (def instanceof VerifyApiKeyDef) {
      return verify((VerifyApiKeyDef) def, s);
    } else if (def instanceof QuotaDef) {
      return quotas.run((QuotaDef) def, s);
    } else if (def instanceof SpikeArrestDef) {
      return spike((SpikeArrestDef) def, s);
    } else if (def instanceof ExtractVariablesDef) {
      return extract((ExtractVariablesDef) def, s);
    } else if (def instanceof AssignMessageDef) {
      return messages.assign((AssignMessageDef) def, s);
    } else if (def instanceof RaiseFaultDef) {
      return messages.raise((RaiseFaultDef) def, s);
    } else if (def instanceof LlmTokenQuotaDef) {
      return tokens.run((LlmTokenQuotaDef) def, s);
    } else if (def instanceof PromptTokenLimitDef) {
      return ai.promptTokens((PromptTokenLimitDef) def, s);
    } else if (def instanceof SemanticCacheDef) {
      return ai.semanticCache((SemanticCacheDef) def, s);
    } else if (def instanceof SanitizeDef) {
      return ai.sanitize((SanitizeDef) def, s);
    } else {
      return ai.log((MessageLoggingDef) def, s);
    }
  }

  /** The variable prefix of a policy type's {@code <prefix>.<name>.failed}. */
  static String prefix(PolicyDef def) {
    return def.common().type().toLowerCase(java.util.Locale.ROOT);
  }

  private @Nullable Fault verify(VerifyApiKeyDef def, FlowState s) {
    String prefix = "verifyapikey." + def.common().name() + ".";
    KeyCheck.Result r =
        KeyCheck.check(
            s.catalog,
            s.text(def.apiKeyRef()),
            def.apiKeyRef(),
            s.plan.name(),
            s.pathSuffix,
            s.exchange.method(),
            s.environment,
            clock.millis());
    if (r.fault() != null) {
      s.vars().put(prefix + "failed", "true");
      return r.fault();
    }
    KeyCheck.setVariables(s.vars(), prefix, r.key(), r.match());
    return null;
  }

  private @Nullable Fault spike(SpikeArrestDef def, FlowState s) {
    SpikeRate rate = def.rateRef() == null ? null : SpikeRate.parse(s.text(def.rateRef()));
    rate = rate != null ? rate : def.rate();
    if (rate == null) {
      return ApigeeFaults.unresolvedSpikeRate(String.valueOf(def.rateRef()));
    }
    long weight = Weights.of(s, def.messageWeightRef());
    if (weight < 0) {
      return ApigeeFaults.invalidMessageWeight(String.valueOf(s.text(def.messageWeightRef())));
    }
    String id = def.identifierRef() == null ? null : s.text(def.identifierRef());
    String key = s.plan.name() + "|" + def.common().name() + "|" + (id == null ? "_default" : id);
    Instant now = clock.instant();
    long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    boolean ok = spikes.allow(key, rate, weight, def.useEffectiveCount(), micros);
    s.vars().put("ratelimit." + def.common().name() + ".failed", Boolean.toString(!ok));
    return ok ? null : ApigeeFaults.spikeArrest(rate, def.useEffectiveCount());
  }

  private @Nullable Fault extract(ExtractVariablesDef def, FlowState s) {
    String source =
        def.source().equals("message") ? (s.responsePhase ? "response" : "request") : def.source();
    String content = s.text(source + ".content");
    boolean available = source.equals("request") || s.responsePhase;
    if (!available) {
      return def.ignoreUnresolved()
          ? null
          : ApigeeFaults.of(
              500,
              "steps.extractvariables.SourceMessageNotAvailable",
              source + " message is not available for ExtractVariable: " + def.common().name());
    }
    if (content == null) {
      return null;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(content);
    } catch (JacksonException e) {
      return def.ignoreUnresolved()
          ? null
          : ApigeeFaults.jsonPathFailure(def.common().name(), source);
    }
    for (ExtractVariablesDef.JsonVariable v : def.variables()) {
      String value = v.path().evaluate(root);
      if (value != null) {
        s.vars().put(def.prefix() == null ? v.name() : def.prefix() + "." + v.name(), value);
      }
    }
    return null;
  }
}
