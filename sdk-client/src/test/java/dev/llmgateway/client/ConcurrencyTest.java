package dev.llmgateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Heavy concurrent use of one client, and connection reuse after errors and streams. */
class ConcurrencyTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void create_manyThreadsOneClient_allSucceedWithDistinctRequestIds() throws Exception {
    Set<String> ids = ConcurrentHashMap.newKeySet();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            ids.add(request.getHeaders().get("x-request-id"));
            return TestResponses.chatOk();
          }
        });
    GatewayClient client =
        GatewayClient.builder().baseUrl(server.url("/").toString()).apiKey("k").build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(
            i % 2 == 0
                ? pool.submit(() -> client.chat().create(TestResponses.chatRequest()).id())
                : pool.submit(
                    () -> client.async().chat().create(TestResponses.chatRequest()).get().id()));
      }
      for (Future<String> f : results) {
        assertEquals("c1", f.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(200, ids.size());
    client.close();
  }

  @Test
  void connection_isReusedAfterErrorResponsesAndFinishedStreams() throws Exception {
    server.enqueue(TestResponses.text(400, "inference gateway: BadRequest - model not found"));
    server.enqueue(TestResponses.sse(List.of(TestResponses.chunk("a", "stop"), "[DONE]")));
    server.enqueue(TestResponses.chatOk());
    GatewayClient client =
        GatewayClient.builder().baseUrl(server.url("/").toString()).maxRetries(0).build();

    assertThrows(
        BadRequestException.class, () -> client.chat().create(TestResponses.chatRequest()));
    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().stream(TestResponses.chatRequest())) {
      assertEquals(1, s.stream().count());
    }
    client.chat().create(TestResponses.chatRequest());

    int first = server.takeRequest().getConnectionIndex();
    assertEquals(first, server.takeRequest().getConnectionIndex());
    assertEquals(first, server.takeRequest().getConnectionIndex());
  }
}
