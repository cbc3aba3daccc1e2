package dev.llmgateway.client.faults;

import static dev.llmgateway.client.TestResponses.chunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.MutableClock;
import dev.llmgateway.client.RecordingSleeper;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.TestResponses;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Issue 7 items 8 and 9 (durations): the stream idle timeout is not capped by the headers timeout,
 * timeouts under 1 ms are rejected instead of meaning none, and huge durations are capped instead
 * of overflowing.
 */
class TimeoutFaultsTest {
  private static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE);

  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(TestResponses.NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  /** Headers at once, then the events after 400 ms: longer than the 200 ms headers timeout. */
  private MockResponse eventsAfterAPause() {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream")
        .bodyDelay(400, TimeUnit.MILLISECONDS)
        .body("data: " + chunk("late", "stop") + "\n\ndata: [DONE]\n\n")
        .build();
  }

  private GatewayClient.Builder builder() {
    return TestResponses.builder(server, clock, sleeper)
        .streamHeadersTimeout(Duration.ofMillis(200));
  }

  private static long count(GatewayClient client, RequestOptions options) {
    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().stream(TestResponses.chatRequest(), options)) {
      return s.stream().count();
    }
  }

  @Test
  void stream_clientIdleTimeoutAboveTheHeadersTimeout_takesEffect() {
    server.enqueue(eventsAfterAPause());
    GatewayClient client = builder().streamIdleTimeout(Duration.ofSeconds(5)).build();

    assertEquals(1, count(client, RequestOptions.none()));
  }

  @Test
  void stream_perRequestIdleTimeoutAboveTheHeadersTimeout_takesEffect() {
    server.enqueue(eventsAfterAPause());
    RequestOptions patient =
        RequestOptions.builder().streamIdleTimeout(Duration.ofSeconds(5)).build();

    assertEquals(1, count(builder().build(), patient));
  }

  private static void assertRejected(String field, Executable setter) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, setter);
    assertTrue(e.getMessage().startsWith(field + " must be at least 1 ms"), e.getMessage());
  }

  @Test
  void timeouts_positiveButUnderOneMillisecond_areRejectedNamingTheField() {
    Duration tiny = Duration.ofNanos(999_999);
    assertRejected("connectTimeout", () -> GatewayClient.builder().connectTimeout(tiny));
    assertRejected("timeout", () -> GatewayClient.builder().timeout(tiny));
    assertRejected(
        "streamHeadersTimeout", () -> GatewayClient.builder().streamHeadersTimeout(tiny));
    assertRejected("streamIdleTimeout", () -> GatewayClient.builder().streamIdleTimeout(tiny));
    assertRejected("timeout", () -> RequestOptions.builder().timeout(tiny));
    assertRejected("streamIdleTimeout", () -> RequestOptions.builder().streamIdleTimeout(tiny));
    assertRejected("sloTtft", () -> RequestOptions.builder().sloTtft(tiny));
    assertRejected("totalTimeout", () -> RetrySettings.builder().totalTimeout(tiny));
  }

  @Test
  void durationsOfLongMaxValueSeconds_areCappedAndCallsWork() throws Exception {
    RetrySettings retries =
        RetrySettings.builder().maxBackoff(HUGE).maxWait(HUGE).totalTimeout(HUGE).build();
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper)
            .connectTimeout(HUGE)
            .timeout(HUGE)
            .streamHeadersTimeout(HUGE)
            .streamIdleTimeout(HUGE)
            .retrySettings(retries)
            .build();
    RequestOptions options =
        RequestOptions.builder()
            .timeout(HUGE)
            .streamIdleTimeout(HUGE)
            .sloTtft(HUGE)
            .sloTpot(HUGE)
            .build();
    server.enqueue(TestResponses.text(503, "inference gateway: ServiceUnavailable - busy"));
    server.enqueue(TestResponses.chatOk());
    server.enqueue(TestResponses.sse(List.of(chunk("a", "stop"), "[DONE]")));

    assertEquals("c1", client.chat().create(TestResponses.chatRequest(), options).id());
    assertEquals(1, count(client, options));

    assertEquals(1, sleeper.sleeps.size(), "the 503 was retried after a backoff");
    server.takeRequest();
    assertEquals(
        Long.toString(Integer.MAX_VALUE),
        server.takeRequest().getHeaders().get(RequestOptions.SLO_TTFT_HEADER));
  }
}
