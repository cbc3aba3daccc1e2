package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.AiGatewayPreset;
import dev.llmgateway.admin.apigee.bundle.SemanticCacheSettings;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.emulator.internal.apigee.LogCapture;
import dev.llmgateway.emulator.internal.apigee.MutableClock;
import dev.llmgateway.emulator.internal.apigee.store.DeploymentService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every AI policy in one proxy (sdk-admin's AiGatewayPreset without target, deployed in place of
 * the guide's proxy through the management API) is accepted, with a logged notice for each policy
 * the emulator runs differently from Apigee, and answers through sdk-client: the semantic cache
 * answers an exactly repeated prompt from memory.
 */
class AiGatewayPresetEndToEndTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () -> GatewayEmulator.builder().clusterSetup(ClusterSetup.GUIDE).clock(CLOCK));

  static AiGatewayPreset everything() {
    return AiGatewayPreset.builder()
        .promptTokenRate("6000pm")
        .llmTokenQuota(true)
        .modelArmorTemplate("projects/p/locations/us-central1/templates/llm")
        .semanticCache(
            SemanticCacheSettings.builder()
                .embeddingsUrl(
                    "https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations"
                        + "/us-central1/publishers/google/models/text-embedding-005:predict")
                .findNeighborsUrl(
                    "https://1.us-central1-2.vdb.vertexai.goog/v1/projects/2/locations"
                        + "/us-central1/indexEndpoints/3:findNeighbors")
                .deployedIndexId("semantic_cache")
                .upsertDatapointsUrl(
                    "https://us-central1-aiplatform.googleapis.com/v1/projects/2/locations"
                        + "/us-central1/indexes/4:upsertDatapoints")
                .build())
        .logName("projects/{organization.name}/logs/llm-gateway")
        .build();
  }

  /** Asks a second later than the last call, so that PromptTokenLimit's smoothing lets it in. */
  private static ChatCompletion ask(GatewayClient client, String prompt) {
    CLOCK.advance(Duration.ofSeconds(1));
    return client
        .chat()
        .create(
            ChatCompletionRequest.builder().model(RawCalls.MODEL).addUserMessage(prompt).build());
  }

  @Test
  void everyAiPolicy_isDeployedWithNotices_andARepeatedPromptIsAnsweredFromTheCache(
      GatewayEmulator emulator, ApigeeClient apigee) {
    List<String> notices;
    try (LogCapture log = LogCapture.of(DeploymentService.class.getName())) {
      assertEquals(DeploymentState.READY, Proxies.deploy(apigee, everything().bundle()).state());
      notices = log.lines();
    }
    for (String expected :
        List.of(
            "PromptTokenLimit 'PTL-PromptTokens' counts prompt tokens with the emulator's tokenizer",
            "SanitizeUserPrompt 'SUP-SanitizePrompt' passes every prompt unscreened",
            "SanitizeModelResponse 'SMR-SanitizeResponse' passes every answer unscreened",
            "SemanticCacheLookup 'SCL-CacheLookup' runs as an exact-match cache",
            "SemanticCachePopulate 'SCP-CachePopulate' runs as an exact-match cache",
            "MessageLogging 'ML-LogCall' writes to the emulator's log")) {
      assertTrue(notices.stream().anyMatch(n -> n.contains(expected)), expected + ": " + notices);
    }
    assertTrue(notices.stream().allMatch(n -> n.startsWith("INFO deployed ")), notices.toString());

    String key = Apps.newApp(apigee, "everything@example.com", "everything-app");
    try (GatewayClient client =
        GatewayClient.builder().baseUrl(emulator.baseUrl()).apiKey(key).maxRetries(0).build()) {
      ChatCompletion first = ask(client, "what is the capital of France");
      ChatCompletion again = ask(client, "what is the capital of France");
      ChatCompletion other = ask(client, "what is the capital of Spain");

      assertEquals(first.id(), again.id(), "answered from the cache");
      assertNotEquals(first.id(), other.id(), "another prompt is a miss");
    }
  }
}
