package dev.llmgateway.emulator;

import static dev.llmgateway.emulator.RawCalls.fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.common.StreamOptions;
import dev.llmgateway.client.errors.QuotaExceededException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The guide's token-quota proxy (sdk-admin's TokenQuotaPreset) imported and deployed through the
 * management API takes over the whole chain: total tokens of each answer, streamed or not, count
 * against the product's quota, per key.
 */
class TokenQuotaEndToEndTest {
  static final long LIMIT = 60;

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () ->
              GatewayEmulator.builder()
                  .clusterSetup(ClusterSetup.GUIDE)
                  .guideQuotaPerMinute(LIMIT));

  private static final ChatCompletionRequest QUESTION =
      ChatCompletionRequest.builder()
          .model(RawCalls.MODEL)
          .addUserMessage("one two three four five six seven")
          .build();

  @BeforeAll
  static void deployTheTokenQuotaProxy(ApigeeClient apigee) {
    assertEquals(DeploymentState.READY, Proxies.deploy(apigee, TokenQuotaPreset.bundle()).state());
  }

  private static RequestOptions keyed(String key) {
    return RequestOptions.builder().putHeader("x-api-key", key).maxRetries(0).build();
  }

  /**
   * Calls while the tokens counted are below the limit, then checks the next call is refused by the
   * token quota (identified by the key, not the operator's {@code _default}); returns each call's
   * count.
   */
  private static List<Long> callUntilRefused(
      GatewayEmulator emulator, String key, Function<RequestOptions, Long> call) {
    List<Long> counts = new ArrayList<>();
    long counted = 0;
    while (counted < LIMIT) {
      long n = call.apply(keyed(key));
      counts.add(n);
      counted += n;
      assertTrue(counts.size() <= LIMIT, "the quota never ran out");
    }
    QuotaExceededException e =
        assertThrows(QuotaExceededException.class, () -> call.apply(keyed(key)));
    assertEquals("policies.ratelimit.QuotaViolation", e.errorCode().orElseThrow());
    HttpResponse<String> raw = RawCalls.chat(emulator, key);
    assertEquals(429, raw.statusCode());
    assertEquals(
        fault(
            "policies.ratelimit.QuotaViolation",
            "Rate limit quota violation. Quota limit  exceeded. Identifier : " + key),
        raw.body());
    return counts;
  }

  @Test
  void completeAnswers_countTheirTotalTokens(GatewayEmulator emulator, ApigeeClient apigee) {
    String key = Apps.newApp(apigee, "tokens@example.com", "tokens-app");
    GatewayClient client = emulator.gatewayClient();

    List<Long> counts =
        callUntilRefused(
            emulator,
            key,
            options ->
                (long) client.chat().create(QUESTION, options).usage().orElseThrow().totalTokens());

    assertTrue(counts.size() > 1, "several calls fit: " + counts);
    assertTrue(counts.stream().allMatch(n -> n > 7), "prompt and answer tokens: " + counts);
  }

  @Test
  void streamsWithUsage_countTheirTotalTokens_atTheEnd(
      GatewayEmulator emulator, ApigeeClient apigee) {
    String key = Apps.newApp(apigee, "streams@example.com", "streams-app");
    GatewayClient client = emulator.gatewayClient();
    ChatCompletionRequest streamed =
        QUESTION.toBuilder().streamOptions(StreamOptions.includingUsage()).build();

    List<Long> counts =
        callUntilRefused(
            emulator,
            key,
            options -> {
              try (StreamResponse<ChatCompletionChunk> s =
                  client.chat().stream(streamed, options)) {
                long total = 0;
                for (ChatCompletionChunk c : (Iterable<ChatCompletionChunk>) s::iterator) {
                  total += c.usage().map(u -> (long) u.totalTokens()).orElse(0L);
                }
                return total;
              }
            });

    assertTrue(counts.size() > 1, "several streams fit: " + counts);
    assertTrue(counts.stream().allMatch(n -> n > 7), "prompt and answer tokens: " + counts);
  }

  @Test
  void streamsWithoutUsage_countOneEach(GatewayEmulator emulator, ApigeeClient apigee) {
    String key = Apps.newApp(apigee, "plain-streams@example.com", "plain-streams-app");
    GatewayClient client = emulator.gatewayClient();

    List<Long> counts =
        callUntilRefused(
            emulator,
            key,
            options -> {
              try (StreamResponse<ChatCompletionChunk> s =
                  client.chat().stream(QUESTION, options)) {
                s.stream().forEach(c -> assertTrue(c.usage().isEmpty()));
                return 1L;
              }
            });

    assertEquals(LIMIT, counts.size());
  }
}
