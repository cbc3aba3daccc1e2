package dev.llmgateway.emulator.internal.apigee.runtime;

import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.BACKEND;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.PRODUCT;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.assertFault;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.ApigeeHarness;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's token-quota proxy (sdk-admin's TokenQuotaPreset) deployed under the backend's name:
 * EnforceOnly before the call, total tokens counted after it on the shared flexi counter.
 */
class TokenQuotaTest {

  final ApigeeHarness apigee = new ApigeeHarness();
  String key;

  @BeforeEach
  void deployTheGuideProxy() {
    apigee.applyBackend();
    apigee.applyProduct(100);
    assertEquals(
        "READY",
        apigee.deploy(BACKEND, TokenQuotaPreset.bundle().toZip()).path("state").asString());
    key = apigee.newKey(PRODUCT);
  }

  @AfterEach
  void close() {
    apigee.close();
  }

  void assertTokenQuotaFault(Fault f) {
    assertFault(
        f,
        429,
        "policies.ratelimit.QuotaViolation",
        "Rate limit quota violation. Quota limit  exceeded. Identifier : " + key);
  }

  /** One call: request flow, then the response flow with a usage of {@code tokens}. */
  void call(int tokens) {
    Exchange ex = exchange("POST", "/v1/chat/completions", key);
    assertNull(apigee.request(ex));
    assertNull(apigee.respond(ex, tokens));
  }

  @Test
  void totalTokensAreCountedAfterTheCall_andOneCallMayOvershoot() {
    Exchange first = exchange("POST", "/v1/chat/completions", key);
    assertNull(apigee.request(first));
    assertNull(apigee.respond(first, 80));
    assertEquals("80", first.variables().get("total_token_count"));
    assertEquals("79", first.variables().get("candidates_token_count"));
    assertEquals("80", first.variables().get("ratelimit.Q-TokenQuotaCounter.used.count"));
    call(50);
    assertTokenQuotaFault(apigee.chat(key));
  }

  @Test
  void flexiWindow_startsAtTheFirstCall_notAtTheMinute() {
    apigee.clock.set(Instant.parse("2026-03-02T10:00:30Z"));
    call(100);
    assertTokenQuotaFault(apigee.chat(key));
    apigee.clock.set(Instant.parse("2026-03-02T10:01:00Z"));
    assertTokenQuotaFault(apigee.chat(key));
    apigee.clock.set(Instant.parse("2026-03-02T10:01:29.999Z"));
    assertTokenQuotaFault(apigee.chat(key));
    apigee.clock.set(Instant.parse("2026-03-02T10:01:30Z"));
    call(10);
  }

  @Test
  void theDeployedProxyReplacesTheOperatorsRequestQuota() {
    for (int i = 0; i < 150; i++) {
      call(0);
    }
    call(99);
    call(1);
    assertTokenQuotaFault(apigee.chat(key));
  }

  @Test
  void streamedUsage_isCountedAtTheEndOfTheStream() {
    Exchange ex = exchange("POST", "/v1/chat/completions", key);
    assertNull(apigee.request(ex));
    apigee
        .emulator
        .governance()
        .onStreamEnd(
            ex,
            Buffer.buffer("{\"prompt_tokens\":5,\"completion_tokens\":95,\"total_tokens\":100}"));
    assertEquals("100", ex.variables().get("total_token_count"));
    assertTokenQuotaFault(apigee.chat(key));
  }

  @Test
  void streamWithoutUsage_countsAWeightOfOne() {
    for (int i = 0; i < 100; i++) {
      Exchange ex = exchange("POST", "/v1/chat/completions", key);
      assertNull(apigee.request(ex), "call " + i);
      apigee.emulator.governance().onStreamEnd(ex, null);
    }
    assertTokenQuotaFault(apigee.chat(key));
  }

  @Test
  void verifyApiKeyOfTheProxy_checksKeyAndProductOperations() {
    assertFault(
        apigee.chat(null),
        401,
        "steps.oauth.v2.FailedToResolveAPIKey",
        "Failed to resolve API Key variable request.header.x-api-key");
    assertFault(
        apigee.request(exchange("GET", "/v1/models", key)),
        401,
        "oauth.v2.InvalidApiKeyForGivenResource",
        "Invalid ApiKey for given resource");
    assertNull(apigee.request(exchange("POST", "/v1/completions", key)));
  }

  @Test
  void undeployingTheProxy_bringsBackTheOperatorsChecks() {
    apigee.org().deployments().undeploy(ApigeeHarness.ENV, BACKEND, "1");
    for (int i = 0; i < 100; i++) {
      assertNull(apigee.chat(key));
    }
    assertFault(
        apigee.chat(key),
        429,
        "policies.ratelimit.QuotaViolation",
        "Rate limit quota violation. Quota limit  exceeded. Identifier : _default");
  }
}
