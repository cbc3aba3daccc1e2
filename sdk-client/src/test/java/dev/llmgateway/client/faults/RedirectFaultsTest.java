package dev.llmgateway.client.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.EventRecorder;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.Mode;
import dev.llmgateway.client.MutableClock;
import dev.llmgateway.client.RecordingSleeper;
import dev.llmgateway.client.TestResponses;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.ServerException;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 7 item 1: a 3xx never sends the key (or anything) to another origin; it becomes a typed,
 * never-retried error that names where the redirect pointed and says to fix baseUrl.
 */
class RedirectFaultsTest {
  @StartStop final MockWebServer gateway = new MockWebServer();
  @StartStop final MockWebServer elsewhere = new MockWebServer();
  private final MutableClock clock = new MutableClock(TestResponses.NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final EventRecorder events = new EventRecorder();

  private MockResponse redirect(int status) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Location", elsewhere.url("/v1/chat/completions?key=abc").toString())
        .build();
  }

  private String elsewhereOrigin() {
    return "http://" + elsewhere.getHostName() + ":" + elsewhere.getPort();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "SYNC, 301, x-api-key",
    "SYNC, 302, x-api-key",
    "SYNC, 303, x-api-key",
    "SYNC, 307, x-api-key",
    "SYNC, 308, x-api-key",
    "ASYNC, 307, x-api-key",
    "SYNC, 307, apikey",
    "ASYNC, 302, apikey"
  })
  void create_redirectToAnotherOrigin_isATypedErrorAndTheKeyNeverLeaves(
      Mode mode, int status, String keyHeader) {
    gateway.enqueue(redirect(status));
    elsewhere.enqueue(TestResponses.chatOk());
    GatewayClient client =
        TestResponses.builder(gateway, clock, sleeper)
            .apiKeyHeader(keyHeader)
            .addListener(events)
            .build();

    ServerException e =
        assertThrows(ServerException.class, () -> mode.create(client, TestResponses.chatRequest()));

    assertEquals(0, elsewhere.getRequestCount(), "nothing reached the other origin");
    assertEquals(1, gateway.getRequestCount(), "a redirect is never retried");
    assertEquals(status, e.statusCode());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
    assertTrue(e.getMessage().contains(elsewhereOrigin()), e.getMessage());
    assertTrue(e.getMessage().contains("never follows redirects"), e.getMessage());
    assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
    assertFalse(e.getMessage().contains("key=abc"), "only the origin is named: " + e.getMessage());
    assertEquals(List.of(), sleeper.sleeps);
    assertEquals(
        List.of("request 1", "response 1 " + status, "error ServerException"), events.events);
  }

  @Test
  void create_userClientThatFollowsRedirects_stillNeverFollowsThem() {
    gateway.enqueue(redirect(308));
    elsewhere.enqueue(TestResponses.chatOk());
    OkHttpClient following =
        new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
    GatewayClient client =
        TestResponses.builder(gateway, clock, sleeper).okHttpClient(following).build();

    assertThrows(ServerException.class, () -> client.chat().create(TestResponses.chatRequest()));

    assertEquals(0, elsewhere.getRequestCount());
  }

  @Test
  void stream_redirect_isTheSameTypedErrorBeforeAnyEvent() {
    gateway.enqueue(redirect(307));
    elsewhere.enqueue(TestResponses.sse(List.of(TestResponses.chunk("a", "stop"), "[DONE]")));
    GatewayClient client = TestResponses.builder(gateway, clock, sleeper).build();

    GatewayException e =
        assertThrows(
            ServerException.class, () -> client.chat().stream(TestResponses.chatRequest()));

    assertEquals(0, elsewhere.getRequestCount());
    assertEquals(307, e.statusCode());
  }

  @Test
  void create_redirectWithoutLocation_saysSoAndIsNotRetried() {
    gateway.enqueue(new MockResponse.Builder().code(302).build());
    GatewayClient client = TestResponses.builder(gateway, clock, sleeper).build();

    ServerException e =
        assertThrows(
            ServerException.class, () -> client.chat().create(TestResponses.chatRequest()));

    assertTrue(e.getMessage().contains("without a Location"), e.getMessage());
    assertEquals(1, gateway.getRequestCount());
  }
}
