package dev.llmgateway.emulator;

import static dev.llmgateway.emulator.RawCalls.fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.PromptTokenLimitPreset;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.RateLimitedException;
import dev.llmgateway.emulator.internal.apigee.MutableClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sdk-admin's PromptTokenLimitPreset (a PromptTokenLimit of 60 prompt tokens per minute per app)
 * deployed through the management API in place of the guide's proxy; sdk-client calls trip it with
 * a long prompt. At 60pm the emulator smooths like SpikeArrest: one token per second, so a prompt
 * of 30 tokens keeps the app's next prompt out for 30 seconds.
 */
class PromptTokenLimitEndToEndTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () -> GatewayEmulator.builder().clusterSetup(ClusterSetup.GUIDE).clock(CLOCK));

  /** 30 tokens for the emulator's tokenizer: "word" and 29 times " word". */
  private static final String LONG_PROMPT = "word" + " word".repeat(29);

  @BeforeAll
  static void deployThePromptTokenLimitProxy(ApigeeClient apigee) {
    assertEquals(
        DeploymentState.READY,
        Proxies.deploy(apigee, PromptTokenLimitPreset.bundle("60pm")).state());
  }

  private static String ask(GatewayClient client, String prompt) {
    return client
        .chat()
        .create(
            ChatCompletionRequest.builder().model(RawCalls.MODEL).addUserMessage(prompt).build())
        .choices()
        .get(0)
        .message()
        .content()
        .orElseThrow();
  }

  @Test
  void longPrompt_passes_thenKeepsTheAppsNextPromptOut_untilItsTokensDrain(
      GatewayEmulator emulator, ApigeeClient apigee) {
    CLOCK.set(Instant.parse("2026-03-02T10:00:00Z"));
    String key = Apps.newApp(apigee, "ptl-long@example.com", "ptl-long-app");
    String other = Apps.newApp(apigee, "ptl-other@example.com", "ptl-other-app");
    try (GatewayClient client =
            GatewayClient.builder().baseUrl(emulator.baseUrl()).apiKey(key).maxRetries(0).build();
        GatewayClient otherClient =
            GatewayClient.builder()
                .baseUrl(emulator.baseUrl())
                .apiKey(other)
                .maxRetries(0)
                .build()) {
      assertEquals(LONG_PROMPT, ask(client, LONG_PROMPT));

      CLOCK.set(Instant.parse("2026-03-02T10:00:29.999Z"));
      RateLimitedException e = assertThrows(RateLimitedException.class, () -> ask(client, "hi"));
      assertEquals(
          "policies.prompttokenlimit.PromptTokenLimitViolation", e.errorCode().orElseThrow());
      assertEquals(429, e.statusCode());
      assertEquals(ErrorSource.APIGEE, e.source());
      HttpResponse<String> raw = RawCalls.chat(emulator, key);
      assertEquals(429, raw.statusCode());
      assertEquals(
          fault(
              "policies.prompttokenlimit.PromptTokenLimitViolation",
              "Prompt token limit violation. Allowed rate : 60pm"),
          raw.body());
      assertEquals("hi", ask(otherClient, "hi"), "another app has its own limit");

      CLOCK.set(Instant.parse("2026-03-02T10:00:30Z"));
      assertEquals("hi", ask(client, "hi"));
    }
  }

  @Test
  void chatWithoutAPromptToRead_failsFailedToExtractUserPrompt(
      GatewayEmulator emulator, ApigeeClient apigee) {
    String key = Apps.newApp(apigee, "ptl-empty@example.com", "ptl-empty-app");

    HttpResponse<String> r =
        RawCalls.send(
            emulator,
            "POST",
            "/v1/chat/completions",
            key,
            "{\"model\":\"" + RawCalls.MODEL + "\",\"messages\":[]}");

    assertEquals(400, r.statusCode());
    assertEquals(
        fault(
            "policies.prompttokenlimit.FailedToExtractUserPrompt",
            "Failed to extract user prompt in PromptTokenLimit policy "
                + PromptTokenLimitPreset.PROMPT_TOKEN_LIMIT),
        r.body());
  }
}
