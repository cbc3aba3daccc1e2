package dev.llmgateway.client.faults;

import static dev.llmgateway.client.TestResponses.chunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.client.EventRecorder;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.Mode;
import dev.llmgateway.client.MutableClock;
import dev.llmgateway.client.RecordingSleeper;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.TestResponses;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.StreamException;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What held under the fault injection of issue 7, pinned so that the restructuring that follows
 * cannot lose it: cut streams and truncated JSON are StreamExceptions or ServerExceptions and never
 * retried, and every Retry-After form is honoured on the sync and the async path. (x-request-id
 * across retries and echoed keys in 401s are pinned by RetryTest and SecretsTest; concurrency and
 * resource growth by ConcurrentFaultsTest.)
 */
class HeldBehavioursTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(TestResponses.NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final EventRecorder events = new EventRecorder();

  private GatewayClient client() {
    return TestResponses.builder(server, clock, sleeper).maxRetries(2).addListener(events).build();
  }

  private void assertSentOnceWithoutRetry() {
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
    assertEquals(0, events.events.stream().filter(e -> e.startsWith("retry")).count());
  }

  @Test
  void stream_cutInTheMiddleOfAnEvent_isAStreamExceptionAndNeverRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body("data: " + chunk("par", null) + "\n\ndata: {\"id\":\"s1\",\"cho")
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(TestResponses.sse(List.of(chunk("again", "stop"), "[DONE]")));

    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(1, e.chunkIndex());
    }
    assertSentOnceWithoutRetry();
  }

  @Test
  void stream_truncatedJsonEvent_isAStreamExceptionAndNeverRetried() {
    server.enqueue(
        TestResponses.sseRaw("data: " + chunk("a", null) + "\n\ndata: {\"id\":\"s1\",\n\n"));
    server.enqueue(TestResponses.sse(List.of(chunk("again", "stop"), "[DONE]")));

    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(1, e.chunkIndex());
    }
    assertSentOnceWithoutRetry();
  }

  @Test
  void create_truncatedJsonBody_isAServerExceptionAndNeverRetried() {
    server.enqueue(TestResponses.json(200, "{\"id\":\"c1\",\"choices\":[{\"index\":0,"));
    server.enqueue(TestResponses.chatOk());

    assertThrows(ServerException.class, () -> client().chat().create(TestResponses.chatRequest()));

    assertSentOnceWithoutRetry();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "SYNC, Retry-After-Ms, 1500, 1500",
    "ASYNC, Retry-After-Ms, 1500, 1500",
    "SYNC, Retry-After, 1.5, 1500",
    "ASYNC, Retry-After, 7, 7000",
    "ASYNC, Retry-After, 'Thu, 15 Jan 2026 10:00:45 GMT', 15000"
  })
  void create_everyRetryAfterForm_isTheWaitBeforeTheRetry(
      Mode mode, String header, String value, long millis) {
    server.enqueue(
        new MockResponse.Builder().code(503).addHeader(header, value).body("busy").build());
    server.enqueue(TestResponses.chatOk());

    assertEquals("c1", mode.create(client(), TestResponses.chatRequest()).id());

    assertEquals(List.of(Duration.ofMillis(millis)), sleeper.sleeps);
    assertEquals(2, server.getRequestCount());
  }
}
