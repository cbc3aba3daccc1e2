package dev.llmgateway.emulator.internal.apigee.runtime;

import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.BACKEND;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.assertFault;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.Flow;
import dev.llmgateway.admin.apigee.bundle.LlmTokenQuotaPolicy;
import dev.llmgateway.admin.apigee.bundle.LlmTokenQuotaPreset;
import dev.llmgateway.admin.apigee.bundle.ProxyEndpoint;
import dev.llmgateway.admin.apigee.bundle.QuotaType;
import dev.llmgateway.admin.apigee.bundle.Step;
import dev.llmgateway.admin.apigee.bundle.VerifyApiKeyPolicy;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.LlmOperation;
import dev.llmgateway.admin.apigee.model.LlmOperationConfig;
import dev.llmgateway.admin.apigee.model.LlmOperationGroup;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.ApigeeHarness;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * sdk-admin's LlmTokenQuotaPreset deployed under the backend's name: EnforceOnly before the call,
 * tokens of complete answers counted in the target's PostFlow and of streams in its EventFlow, on
 * one counter per app and model, with the limit from the API product's LLM operation group.
 */
class LlmTokenQuotaTest {

  static final String PRODUCT = "llm-product";

  final ApigeeHarness apigee = new ApigeeHarness();

  @BeforeEach
  void deploy() {
    apigee.applyBackend();
    apigee.clock.set(Instant.parse("2026-03-02T10:00:30Z"));
    apigee.client().apiProducts().create(product(100));
    assertEquals(
        "READY",
        apigee
            .deploy(BACKEND, LlmTokenQuotaPreset.bundle(BACKEND, "/v1", "http://gw/v1").toZip())
            .path("state")
            .asString());
  }

  @AfterEach
  void close() {
    apigee.close();
  }

  /** Model {@code m}: {@code perMinute} tokens per minute; other models: the product's 1000. */
  static ApiProduct product(long perMinute) {
    return ApiProduct.builder()
        .name(PRODUCT)
        .operationGroup(
            OperationGroup.builder()
                .addOperationConfig(
                    OperationConfig.builder()
                        .apiSource(BACKEND)
                        .addOperation(Operation.builder().resource("/").build())
                        .build())
                .build())
        .llmQuota(Quota.of(1000, 1, QuotaTimeUnit.MINUTE))
        .llmOperationGroup(
            LlmOperationGroup.builder()
                .addOperationConfig(
                    LlmOperationConfig.builder()
                        .apiSource(BACKEND)
                        .addLlmOperation(LlmOperation.builder().resource("/").model("m").build())
                        .llmTokenQuota(Quota.of(perMinute, 1, QuotaTimeUnit.MINUTE))
                        .build())
                .build())
        .build();
  }

  static Exchange chat(String key, String model) {
    return new Exchange(
        "POST",
        "/v1/chat/completions",
        MultiMap.caseInsensitiveMultiMap().add("x-api-key", key),
        Buffer.buffer("{\"model\":\"" + model + "\",\"messages\":[]}"),
        "req-" + System.nanoTime());
  }

  @Nullable Fault answer(Exchange ex, int totalTokens) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json");
    String body = "{\"id\":\"c\",\"usage\":{\"total_tokens\":" + totalTokens + "}}";
    return await(apigee.emulator.governance().onResponse(ex, 200, headers, Buffer.buffer(body)));
  }

  void stream(Exchange ex, int totalTokens) {
    apigee
        .emulator
        .governance()
        .onStreamEnd(ex, Buffer.buffer("{\"total_tokens\":" + totalTokens + "}"));
  }

  /** Without an Identifier the counter is per app, but the fault names {@code _default}. */
  void assertRefused(String key, String model) {
    assertRefused(key, model, "_default");
  }

  void assertRefused(String key, String model, String identifier) {
    assertFault(
        apigee.request(chat(key, model)),
        429,
        "policies.llmtokenquota.LLMTokenQuotaViolation",
        "Rate limit LLM Token quota violation. Quota limit exceeded. Identifier : " + identifier);
  }

  @Test
  void completeAndStreamedAnswers_countOnTheModelsProductQuota_andTheCrossingCallCompletes() {
    String key = apigee.newKey(PRODUCT);
    Exchange first = chat(key, "m");
    assertNull(apigee.request(first));
    assertNull(answer(first, 60));
    assertEquals("60", first.variables().get("ratelimit.LTQ-TokenCount.used.count"));
    assertEquals("100", first.variables().get("ratelimit.LTQ-TokenCount.allowed.count"));
    Exchange second = chat(key, "m");
    assertNull(apigee.request(second));
    stream(second, 50);
    assertEquals("110", second.variables().get("ratelimit.LTQ-TokenCountStream.used.count"));
    assertRefused(key, "m");
  }

  @Test
  void streamWithoutUsage_countsNothing() {
    String key = apigee.newKey(PRODUCT);
    for (int i = 0; i < 3; i++) {
      Exchange ex = chat(key, "m");
      assertNull(apigee.request(ex));
      apigee.emulator.governance().onStreamEnd(ex, null);
    }
    Exchange ex = chat(key, "m");
    assertNull(apigee.request(ex));
    assertEquals("0", ex.variables().get("ratelimit.LTQ-TokenEnforce.used.count"));
  }

  @Test
  void countersArePerAppAndModel_otherModelsUseTheProductsLlmQuota() {
    String a = apigee.newKey(PRODUCT);
    String b = apigee.newKey(PRODUCT);
    Exchange ex = chat(a, "m");
    assertNull(apigee.request(ex));
    assertNull(answer(ex, 100));
    assertRefused(a, "m");
    assertNull(apigee.request(chat(b, "m")), "another app has its own counter");
    Exchange other = chat(a, "other");
    assertNull(apigee.request(other), "another model has its own counter");
    assertEquals("1000", other.variables().get("ratelimit.LTQ-TokenEnforce.allowed.count"));
  }

  @Test
  void calendarWindow_resetsAtTheNextMinuteFromStartTime() {
    String key = apigee.newKey(PRODUCT);
    Exchange ex = chat(key, "m");
    assertNull(apigee.request(ex));
    assertNull(answer(ex, 100));
    apigee.clock.set(Instant.parse("2026-03-02T10:00:59.999Z"));
    assertRefused(key, "m");
    apigee.clock.set(Instant.parse("2026-03-02T10:01:00Z"));
    assertNull(apigee.request(chat(key, "m")));
  }

  @Test
  void rollingWindowWithIdentifier_countsTheTokensOfTheLastInterval_andNamesTheIdentifier() {
    LlmTokenQuotaPolicy.Builder q =
        LlmTokenQuotaPolicy.builder()
            .type(QuotaType.ROLLINGWINDOW)
            .allowCount(100L)
            .interval(1L)
            .timeUnit(QuotaTimeUnit.MINUTE)
            .llmModelSource("{jsonPath('$.model',request.content,true)}")
            .identifierRef("client_id")
            .sharedName("tokens");
    ApiProxyBundle bundle =
        ApiProxyBundle.builder()
            .name(BACKEND)
            .addPolicy(VerifyApiKeyPolicy.builder().name("VA").build())
            .addPolicy(q.name("LTQ-E").enforceOnly(true).build())
            .addPolicy(
                q.name("LTQ-C")
                    .enforceOnly(false)
                    .countOnly(true)
                    .llmTokenUsageSource("{jsonPath('$.usage.total_tokens',response.content,true)}")
                    .build())
            .addProxyEndpoint(
                ProxyEndpoint.builder()
                    .basePath("/v1")
                    .preFlow(
                        Flow.builder()
                            .name("PreFlow")
                            .addRequestStep(Step.of("VA"))
                            .addRequestStep(Step.of("LTQ-E"))
                            .addResponseStep(Step.of("LTQ-C"))
                            .build())
                    .build())
            .build();
    assertEquals("READY", apigee.deploy(BACKEND, bundle.toZip()).path("state").asString());
    String key = apigee.newKey(PRODUCT);
    Exchange ex = chat(key, "m");
    assertNull(apigee.request(ex));
    assertNull(answer(ex, 100));
    apigee.clock.set(Instant.parse("2026-03-02T10:01:29.999Z"));
    assertRefused(key, "m", key);
    apigee.clock.set(Instant.parse("2026-03-02T10:01:30Z"));
    assertNull(apigee.request(chat(key, "m")), "the 100 tokens left the window");
  }

  @Test
  void completeAnswerWithoutUsage_failsFailedToResolveTokenUsageCount_andCountsNothing() {
    String key = apigee.newKey(PRODUCT);
    Exchange ex = chat(key, "m");
    assertNull(apigee.request(ex));
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json");
    Fault f =
        await(
            apigee
                .emulator
                .governance()
                .onResponse(ex, 200, headers, Buffer.buffer("{\"id\":\"c\",\"choices\":[]}")));
    assertFault(
        f,
        500,
        "policies.llmtokenquota.FailedToResolveTokenUsageCount",
        "Failed to resolve token usage count in LLMTokenQuota policy LTQ-TokenCount");
    Exchange next = chat(key, "m");
    assertNull(apigee.request(next));
    assertEquals("0", next.variables().get("ratelimit.LTQ-TokenEnforce.used.count"));
  }

  @Test
  void requestWithoutModel_isRefusedNamingTheModel() {
    String key = apigee.newKey(PRODUCT);
    Exchange ex =
        new Exchange(
            "POST",
            "/v1/chat/completions",
            MultiMap.caseInsensitiveMultiMap().add("x-api-key", key),
            Buffer.buffer("{\"messages\":[]}"),
            "r");
    assertFault(
        apigee.request(ex),
        400,
        "policies.llmtokenquota.FailedToResolveModelName",
        "Failed to resolve model name in LLMTokenQuota policy LTQ-TokenEnforce");
  }
}
