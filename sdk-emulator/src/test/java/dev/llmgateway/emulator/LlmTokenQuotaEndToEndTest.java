package dev.llmgateway.emulator;

import static dev.llmgateway.emulator.RawCalls.fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.LlmTokenQuotaPreset;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.admin.apigee.model.LlmOperation;
import dev.llmgateway.admin.apigee.model.LlmOperationConfig;
import dev.llmgateway.admin.apigee.model.LlmOperationGroup;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.QuotaWindow;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.common.StreamOptions;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.emulator.internal.apigee.MutableClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sdk-admin's LlmTokenQuotaPreset (LLMTokenQuota EnforceOnly on the request, CountOnly on complete
 * answers and, in the target's EventFlow, on a stream's final usage chunk) deployed through the
 * management API over the guide's setup; the token limit comes from the API product's LLM operation
 * group; calls go through sdk-client until the quota trips.
 */
class LlmTokenQuotaEndToEndTest {
  static final long LIMIT = 60;
  static final String PRODUCT = "llm-tokens-product";
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () -> GatewayEmulator.builder().clusterSetup(ClusterSetup.GUIDE).clock(CLOCK));

  private static final ChatCompletionRequest QUESTION =
      ChatCompletionRequest.builder()
          .model(RawCalls.MODEL)
          .addUserMessage("one two three four five six seven")
          .build();

  @BeforeAll
  static void deployTheLlmTokenQuotaProxy(GatewayEmulator emulator, ApigeeClient apigee) {
    String proxy = TokenQuotaPreset.DEFAULT_PROXY_NAME;
    apigee
        .apiProducts()
        .create(
            ApiProduct.builder()
                .name(PRODUCT)
                .operationGroup(
                    OperationGroup.builder()
                        .addOperationConfig(
                            OperationConfig.builder()
                                .apiSource(proxy)
                                .addOperation(Operation.builder().resource("/**").build())
                                .build())
                        .build())
                .llmQuota(Quota.of(100_000, 1, QuotaTimeUnit.MINUTE))
                .llmOperationGroup(
                    LlmOperationGroup.builder()
                        .addOperationConfig(
                            LlmOperationConfig.builder()
                                .apiSource(proxy)
                                .addLlmOperation(
                                    LlmOperation.builder()
                                        .resource("/**")
                                        .model(RawCalls.MODEL)
                                        .build())
                                .llmTokenQuota(Quota.of(LIMIT, 1, QuotaTimeUnit.MINUTE))
                                .build())
                        .build())
                .build());
    // The target is the Gateway itself; the emulator does not call it (a logged notice says so).
    assertEquals(
        DeploymentState.READY,
        Proxies.deploy(apigee, LlmTokenQuotaPreset.bundle(proxy, "/v1", emulator.baseUrl() + "/v1"))
            .state());
  }

  private static GatewayClient client(GatewayEmulator emulator, String key) {
    return GatewayClient.builder()
        .baseUrl(emulator.baseUrl())
        .apiKey(key)
        .maxRetries(0)
        .clock(CLOCK)
        .tokenQuotaWindow(QuotaWindow.aligned(1, ChronoUnit.MINUTES))
        .build();
  }

  /**
   * Calls while the tokens counted are below the limit (each must pass, so nothing is counted
   * twice), then checks the next call trips the token quota (so every call was counted), with the
   * fault byte for byte (the preset sets no Identifier: counted per app, named {@code _default})
   * and the reset at the next UTC minute; returns each call's tokens.
   */
  private static List<Long> callUntilRefused(
      GatewayEmulator emulator, String key, ToLongFunction<GatewayClient> call) {
    List<Long> counts = new ArrayList<>();
    try (GatewayClient client = client(emulator, key)) {
      long counted = 0;
      while (counted < LIMIT) {
        long n = call.applyAsLong(client);
        counts.add(n);
        counted += n;
        assertTrue(counts.size() <= LIMIT, "the token quota never ran out");
      }
      QuotaExceededException e =
          assertThrows(QuotaExceededException.class, () -> call.applyAsLong(client));
      assertEquals("policies.llmtokenquota.LLMTokenQuotaViolation", e.errorCode().orElseThrow());
      assertEquals(429, e.statusCode());
      assertEquals(ErrorSource.APIGEE, e.source());
      assertEquals(Instant.parse("2026-03-02T10:01:00Z"), e.resetAt().orElseThrow());
    }
    HttpResponse<String> raw = RawCalls.chat(emulator, key);
    assertEquals(429, raw.statusCode());
    assertEquals(
        fault(
            "policies.llmtokenquota.LLMTokenQuotaViolation",
            "Rate limit LLM Token quota violation. Quota limit exceeded. Identifier : _default"),
        raw.body());
    return counts;
  }

  private static long complete(GatewayClient client) {
    return client.chat().create(QUESTION).usage().orElseThrow().totalTokens();
  }

  @Test
  void completeAnswers_countTheirTotalTokens_untilTheQuotaTrips_andItResetsNextMinute(
      GatewayEmulator emulator, ApigeeClient apigee) {
    CLOCK.set(Instant.parse("2026-03-02T10:00:05Z"));
    String key = Apps.newApp(apigee, "llm-complete@example.com", "llm-complete-app", PRODUCT);

    List<Long> counts = callUntilRefused(emulator, key, LlmTokenQuotaEndToEndTest::complete);

    assertTrue(counts.size() > 1, "several calls fit: " + counts);
    assertTrue(counts.stream().allMatch(n -> n > 7), "prompt and answer tokens: " + counts);
    CLOCK.set(Instant.parse("2026-03-02T10:00:59.999Z"));
    assertEquals(429, RawCalls.chat(emulator, key).statusCode());
    CLOCK.set(Instant.parse("2026-03-02T10:01:00Z"));
    try (GatewayClient client = client(emulator, key)) {
      assertTrue(complete(client) > 7, "a new minute, a new quota");
    }
  }

  @Test
  void streamedAnswers_areCountedFromTheirFinalUsageChunk(
      GatewayEmulator emulator, ApigeeClient apigee) {
    CLOCK.set(Instant.parse("2026-03-02T10:00:10Z"));
    String key = Apps.newApp(apigee, "llm-streams@example.com", "llm-streams-app", PRODUCT);
    ChatCompletionRequest streamed =
        QUESTION.toBuilder().streamOptions(StreamOptions.includingUsage()).build();

    List<Long> counts =
        callUntilRefused(
            emulator,
            key,
            client -> {
              try (StreamResponse<ChatCompletionChunk> s = client.chat().stream(streamed)) {
                List<Long> usage = new ArrayList<>();
                s.stream()
                    .forEach(c -> c.usage().ifPresent(u -> usage.add((long) u.totalTokens())));
                assertEquals(1, usage.size(), "one chunk carries usage: " + usage);
                return usage.get(0);
              }
            });

    assertTrue(counts.size() > 1, "several streams fit: " + counts);
    assertTrue(counts.stream().allMatch(n -> n > 7), "prompt and answer tokens: " + counts);
  }

  @Test
  void requestWithoutModel_failsFailedToResolveModelName(
      GatewayEmulator emulator, ApigeeClient apigee) {
    String key = Apps.newApp(apigee, "llm-no-model@example.com", "llm-no-model-app", PRODUCT);

    HttpResponse<String> r =
        RawCalls.send(
            emulator,
            "POST",
            "/v1/chat/completions",
            key,
            "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

    assertEquals(400, r.statusCode());
    assertEquals(
        fault(
            "policies.llmtokenquota.FailedToResolveModelName",
            "Failed to resolve model name in LLMTokenQuota policy "
                + LlmTokenQuotaPreset.TOKEN_ENFORCE),
        r.body());
  }
}
