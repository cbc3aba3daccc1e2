package dev.llmgateway.admin.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.FakeTime;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The smoke test against a gateway on MockWebServer, on a clock that moves only when it waits. */
class SmokeTestTest {

  private static final String KEY = "app-key-DO-NOT-PRINT";

  @StartStop final MockWebServer gateway = new MockWebServer();
  private final FakeTime time = new FakeTime();
  private final List<String> waits = new ArrayList<>();

  private SmokeTestResult run() {
    StackSettings settings =
        new StackSettings(
            KubernetesApplier.FIELD_MANAGER,
            false,
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofMinutes(10),
            true,
            Duration.ofSeconds(180),
            Duration.ofSeconds(10),
            null,
            StackListener.none(),
            time,
            time);
    return new SmokeTest(settings)
        .run(gateway.url("/").toString(), KEY, "/gcs/google/gemma-3-1b-it", waits::add);
  }

  static MockResponse fault(int code, String errorCode, String faultString) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(
            "{\"fault\":{\"faultstring\":\""
                + faultString
                + "\",\"detail\":{\"errorcode\":\""
                + errorCode
                + "\"}}}")
        .build();
  }

  static MockResponse answer(String text) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(
            "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                + text
                + "\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}")
        .build();
  }

  private static MockResponse missingKey() {
    return fault(
        401,
        "steps.oauth.v2.FailedToResolveAPIKey",
        "Failed to resolve API Key variable request.header.x-api-key");
  }

  @Test
  void run_newKeyRejectedTwice_retriesEvery10sUntilAnswered() throws Exception {
    gateway.enqueue(missingKey());
    gateway.enqueue(fault(401, "oauth.v2.InvalidApiKey", "Invalid ApiKey"));
    gateway.enqueue(fault(401, "oauth.v2.InvalidApiKey", "Invalid ApiKey"));
    gateway.enqueue(answer("Paris."));

    SmokeTestResult result = run();

    assertEquals("Paris.", result.answer());
    assertEquals("HTTP 401 steps.oauth.v2.FailedToResolveAPIKey", result.faultWithoutKey());
    assertEquals(3, result.attempts());
    assertEquals(Duration.ofSeconds(20), result.waited());
    assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(10)), time.sleeps());
    assertEquals(2, waits.size());
    assertTrue(
        waits.get(0).startsWith("a call with the app's key got HTTP 401 oauth.v2.InvalidApiKey"),
        waits.get(0));
    assertTrue(waits.get(1).endsWith("retrying in 10 s, 170 s left"), waits.get(1));
    RecordedRequest noKey = gateway.takeRequest();
    assertEquals(null, noKey.getHeaders().get("x-api-key"));
    assertEquals("/v1/chat/completions", noKey.getTarget());
    assertEquals(KEY, gateway.takeRequest().getHeaders().get("x-api-key"));
    waits.forEach(w -> assertFalse(w.contains(KEY), w));
  }

  @Test
  void run_keyNeverAccepted_failsAfterTheTimeoutSayingWhy() {
    gateway.enqueue(missingKey());
    for (int i = 0; i < 19; i++) {
      gateway.enqueue(fault(401, "oauth.v2.InvalidApiKey", "Invalid ApiKey"));
    }

    SmokeTestException e = assertThrows(SmokeTestException.class, this::run);

    assertTrue(
        e.getMessage()
            .startsWith(
                "a call with the app's key still gets HTTP 401 oauth.v2.InvalidApiKey from APIGEE"
                    + " after PT3M"),
        e.getMessage());
    assertEquals(
        20, gateway.getRequestCount(), "one without a key, 19 with it: at 0, 10, ... 180 s");
    assertEquals(
        Duration.ofSeconds(180), time.sleeps().stream().reduce(Duration.ZERO, Duration::plus));
    assertFalse(e.getMessage().contains(KEY));
  }

  @Test
  void run_gatewayAnswersWithoutAKey_failsAtOnce() {
    gateway.enqueue(answer("Paris."));

    SmokeTestException e = assertThrows(SmokeTestException.class, this::run);

    assertTrue(e.getMessage().startsWith("the gateway answered a call without a key"));
    assertEquals(1, gateway.getRequestCount());
  }

  @Test
  void run_badRequestWithTheKey_failsWithoutRetrying() {
    gateway.enqueue(missingKey());
    gateway.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("Content-Type", "text/plain")
            .body("inference gateway: BadRequest - model not found in request body")
            .build());

    SmokeTestException e = assertThrows(SmokeTestException.class, this::run);

    assertTrue(
        e.getMessage().startsWith("a call with the app's key failed with HTTP 400"),
        e.getMessage());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void run_loadBalancerNotRoutingYet_retriesTheCallWithoutAKey() {
    gateway.enqueue(new MockResponse.Builder().code(502).body("no healthy upstream").build());
    gateway.enqueue(missingKey());
    gateway.enqueue(answer("Paris."));

    SmokeTestResult result = run();

    assertEquals(1, result.attempts());
    assertEquals(Duration.ofSeconds(10), result.waited());
    assertTrue(waits.get(0).startsWith("a call without a key got HTTP 502"), waits.get(0));
  }
}
