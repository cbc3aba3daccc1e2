package dev.llmgateway.emulator.internal.frontdoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.emulator.internal.Fault;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the front door calls the governance layer. */
class FrontDoorGovernanceTest {
  private static final String KEY_FAULT =
      "{\"fault\":{\"faultstring\":\"Invalid ApiKey\",\"detail\":{\"errorcode\":"
          + "\"oauth.v2.InvalidApiKey\"}}}";

  private final RecordingGovernance governance = new RecordingGovernance();
  private final Harness harness = Harness.standard(governance);

  @AfterEach
  void close() {
    harness.close();
  }

  private static Fault fault(int status, String body) {
    return new Fault(
        status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void requestFault_isSentByteForByteAndTheCallIsNotRouted() throws Exception {
    governance.requestFault = fault(401, KEY_FAULT);

    HttpResponse<String> r = harness.chat("hi", "x-request-id", "r-1");

    assertEquals(401, r.statusCode());
    assertEquals("application/json", r.headers().firstValue("content-type").orElseThrow());
    assertEquals(KEY_FAULT, r.body());
    assertEquals("r-1", r.headers().firstValue("x-request-id").orElseThrow());
    assertEquals(0, harness.forwarded.size());
    assertEquals("POST /v1/chat/completions r-1", governance.requests.get(0));
  }

  @Test
  void completeResponse_passesTheResponseFlowBeforeItIsSent() throws Exception {
    HttpResponse<String> r = harness.chat("hi");

    assertEquals(200, r.statusCode());
    assertEquals(1, governance.responses.size());
    assertTrue(governance.responses.get(0).startsWith("200 application/json {\"id\":\"chatcmpl-"));
    assertTrue(governance.responses.get(0).endsWith(r.body()));
  }

  @Test
  void responseFault_replacesTheModelServersAnswer() throws Exception {
    String quota =
        "{\"fault\":{\"faultstring\":\"Rate limit LLM Token quota violation. Quota"
            + " limit exceeded. Identifier : app\",\"detail\":{\"errorcode\":"
            + "\"policies.llmtokenquota.LLMTokenQuotaViolation\"}}}";
    governance.responseFault = fault(429, quota);

    HttpResponse<String> r = harness.chat("hi");

    assertEquals(429, r.statusCode());
    assertEquals(quota, r.body());
  }

  @Test
  void streamWithUsage_endsWithTheUsageObject() throws Exception {
    HttpResponse<String> r =
        harness.send(
            "POST",
            "/v1/chat/completions",
            "{\"model\":\"m\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"a b\"}]}");

    assertEquals(200, r.statusCode());
    assertEquals(
        "text/event-stream; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
    assertTrue(r.body().endsWith("data: [DONE]\n\n"));
    assertEquals(
        "{\"prompt_tokens\":8,\"total_tokens\":10,\"completion_tokens\":2,"
            + "\"prompt_tokens_details\":null}",
        governance.streamUsage.get(5, TimeUnit.SECONDS));
    assertEquals(0, governance.responses.size());
  }

  @Test
  void streamWithoutUsage_endsWithNoUsage() throws Exception {
    harness.send("POST", "/v1/completions", "{\"model\":\"m\",\"stream\":true,\"prompt\":\"a b\"}");

    assertNull(governance.streamUsage.get(5, TimeUnit.SECONDS));
  }
}
