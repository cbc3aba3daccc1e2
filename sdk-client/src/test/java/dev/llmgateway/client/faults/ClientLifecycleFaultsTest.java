package dev.llmgateway.client.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.TestResponses;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 7 item 9 (client lifecycle, base URL): an unclosed client leaves no thread of its own
 * behind, a closed one rejects every call, and an endpoint URL is not taken for the base URL.
 */
class ClientLifecycleFaultsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static List<String> retryTimerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("llm-gateway-retry-timer"))
        .collect(Collectors.toList());
  }

  @Test
  void unclosedClient_afterAnAsyncRetry_keepsNoRetryTimerThread() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(503).addHeader("Retry-After-Ms", "5").body("busy").build());
    server.enqueue(TestResponses.chatOk());
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();

    String id =
        client.async().chat().create(TestResponses.chatRequest()).get(5, TimeUnit.SECONDS).id();

    assertEquals("c1", id);
    assertEquals(2, server.getRequestCount(), "the retry was waited for and sent");
    assertEquals(List.of(), retryTimerThreads(), "a thread that would outlive the client");
  }

  @Test
  void closedClient_rejectsSyncCallsStreamsAndDerivedViewsLikeAsyncOnes() throws Exception {
    ExecutorService own = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; i < 5; i++) {
        server.enqueue(TestResponses.text(503, "answered after close")); // fail fast if it is sent
      }
      GatewayClient client =
          GatewayClient.builder()
              .baseUrl(server.url("/").toString())
              .asyncExecutor(own)
              .maxRetries(0)
              .build();
      GatewayClient view = client.withOptions(RequestOptions.builder().fairnessId("t").build());
      client.close();

      for (Executable call :
          List.<Executable>of(
              () -> client.chat().create(TestResponses.chatRequest()),
              () -> client.chat().stream(TestResponses.chatRequest()),
              () -> client.models().list(),
              () -> view.completions().create(TestResponses.completionRequest()))) {
        IllegalStateException e = assertThrows(IllegalStateException.class, call);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
      }
      ExecutionException async =
          assertThrows(
              ExecutionException.class,
              () ->
                  client
                      .async()
                      .chat()
                      .create(TestResponses.chatRequest())
                      .get(5, TimeUnit.SECONDS));
      assertInstanceOf(
          IllegalStateException.class, async.getCause(), "also on the user's executor");
      assertEquals(0, server.getRequestCount());
    } finally {
      own.shutdownNow();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "http://gw:8080/v1/chat/completions, http://gw:8080/v1",
    "http://gw:8080/prefix/v1/completions, http://gw:8080/prefix/v1",
    "http://gw:8080/v1/models, http://gw:8080/v1",
    "https://gw/chat/completions, https://gw/"
  })
  void baseUrl_anEndpointUrl_isRejectedWithTheBaseUrlToUse(String endpoint, String base) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> GatewayClient.builder().baseUrl(endpoint));

    assertTrue(e.getMessage().startsWith("baseUrl"), e.getMessage());
    assertTrue(e.getMessage().contains("use " + base + " "), e.getMessage());
  }
}
