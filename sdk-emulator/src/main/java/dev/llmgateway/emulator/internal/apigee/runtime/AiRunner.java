package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.bundle.MessageLoggingDef;
import dev.llmgateway.emulator.internal.apigee.bundle.PromptTokenLimitDef;
import dev.llmgateway.emulator.internal.apigee.bundle.SanitizeDef;
import dev.llmgateway.emulator.internal.apigee.bundle.SemanticCacheDef;
import dev.llmgateway.emulator.internal.apigee.bundle.SpikeArrestDef;
import dev.llmgateway.emulator.internal.apigee.bundle.SpikeRate;
import dev.llmgateway.emulator.internal.apigee.store.Json;
import dev.llmgateway.emulator.internal.serving.Tokenizer;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Executes the AI policies other than LLMTokenQuota as far as the emulator can without Google
 * Cloud:
 *
 * <ul>
 *   <li>PromptTokenLimit: a SpikeArrest on the tokens of the prompt its {@code UserPromptSource}
 *       reads, counted with the emulator's {@link Tokenizer} (not Apigee's tokenizer, not
 *       o200k_base); over the rate HTTP 429 {@code PromptTokenLimitViolation}, an unreadable prompt
 *       HTTP 400 {@code FailedToExtractUserPrompt};
 *   <li>SemanticCacheLookup and SemanticCachePopulate: an exact-match cache in memory ({@link
 *       ExactMatchCache});
 *   <li>SanitizeUserPrompt and SanitizeModelResponse: pass-through, logged at DEBUG per call (and
 *       at deployment);
 *   <li>MessageLogging: one INFO line per entry on the logger {@value #LOG_NAME}.
 * </ul>
 */
final class AiRunner {

  static final String LOG_NAME = "dev.llmgateway.emulator.apigee.MessageLogging";
  private static final System.Logger LOG = System.getLogger(LOG_NAME);
  private static final System.Logger NOTICES = System.getLogger(AiRunner.class.getName());
  private static final String PROMPT = "emulator.semanticcache.prompt";

  private final Clock clock;
  private final SpikeLimiter spikes;
  private final ExactMatchCache cache = new ExactMatchCache();

  AiRunner(Clock clock, SpikeLimiter spikes) {
    this.clock = clock;
    this.spikes = spikes;
  }

  @Nullable Fault promptTokens(PromptTokenLimitDef def, FlowState s) {
    SpikeArrestDef r = def.rate();
    String name = def.common().name();
    SpikeRate rate = r.rateRef() == null ? null : SpikeRate.parse(s.text(r.rateRef()));
    rate = rate != null ? rate : r.rate();
    if (rate == null) {
      return ApigeeFaults.unresolvedSpikeRate(String.valueOf(r.rateRef()));
    }
    String prompt = def.promptSource().render(s, true);
    if (prompt.isEmpty()) {
      s.vars().put("ratelimit." + name + ".failed", "true");
      return ApigeeFaults.promptNotExtracted(name);
    }
    int tokens = Tokenizer.count(prompt);
    s.vars().put("ratelimit." + name + ".userPromptTokenCount", Integer.toString(tokens));
    String id = r.identifierRef() == null ? null : s.text(r.identifierRef());
    String key = "ptl|" + s.plan.name() + "|" + name + "|" + (id == null ? "_default" : id);
    Instant now = clock.instant();
    long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    boolean ok = spikes.allow(key, rate, Math.max(1, tokens), r.useEffectiveCount(), micros);
    s.vars().put("ratelimit." + name + ".failed", Boolean.toString(!ok));
    return ok ? null : ApigeeFaults.promptTokenLimit(rate);
  }

  @Nullable Fault semanticCache(SemanticCacheDef def, FlowState s) {
    String key = s.plan.name();
    if (def.lookup()) {
      if (streamed(s.text("request.content"))) {
        return null;
      }
      String prompt = def.promptSource() == null ? "" : def.promptSource().render(s, true);
      if (prompt.isEmpty()) {
        return null;
      }
      s.vars().put(PROMPT, prompt);
      return cache.get(key, prompt, clock.millis());
    }
    Object prompt = s.vars().get(PROMPT);
    if (prompt instanceof String && s.status == 200 && s.responseBody != null) {
      String type = s.responseHeaders.get("Content-Type");
      cache.put(
          key,
          (String) prompt,
          type == null ? "application/json" : type,
          s.responseBody.getBytes(),
          clock.millis(),
          def.ttlSeconds() * 1000);
    }
    return null;
  }

  /** Whether a request body asks for a stream, which the cache neither answers nor stores. */
  private static boolean streamed(@Nullable String body) {
    if (body == null) {
      return true;
    }
    try {
      return Json.MAPPER.readTree(body).path("stream").asBoolean(false);
    } catch (JacksonException e) {
      return true;
    }
  }

  @Nullable Fault sanitize(SanitizeDef def, FlowState s) {
    NOTICES.log(
        System.Logger.Level.DEBUG,
        () ->
            def.common().type()
                + " '"
                + def.common().name()
                + "' passed the "
                + (def.response() ? "answer" : "prompt")
                + " unscreened: the emulator has no Model Armor");
    return null;
  }

  @Nullable Fault log(MessageLoggingDef def, FlowState s) {
    String log = def.logName().render(s, true);
    String message = def.message().render(s, true);
    LOG.log(System.Logger.Level.INFO, () -> log + ": " + message);
    return null;
  }
}
