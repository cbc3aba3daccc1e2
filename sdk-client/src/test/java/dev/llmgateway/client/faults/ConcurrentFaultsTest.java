package dev.llmgateway.client.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.TestResponses;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.GatewayException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Pins what held under load in issue 7: 64 threads sharing one client through 1,600 calls, a fifth
 * of them dropped after the request and a fifth answered 503, never get each other's answers, and
 * leave no connection held by a leaked call.
 */
class ConcurrentFaultsTest {
  private static final int THREADS = 64;
  private static final int CALLS_PER_THREAD = 25;

  @StartStop final MockWebServer server = new MockWebServer();
  private final AtomicInteger served = new AtomicInteger();

  /** Answers with the request's own x-request-id as the completion id, or with a fault. */
  private MockResponse answer(RecordedRequest request) {
    String id = request.getHeaders().get(RequestOptions.REQUEST_ID_HEADER);
    switch (served.incrementAndGet() % 5) {
      case 0:
        return new MockResponse.Builder().code(503).addHeader("Retry-After-Ms", "0").build();
      case 1:
        return new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build();
      default:
        String chunk = TestResponses.chunk("x", "stop").replace("\"s1\"", "\"" + id + "\"");
        return "text/event-stream".equals(request.getHeaders().get("Accept"))
            ? TestResponses.sse(List.of(chunk, "[DONE]"))
            : TestResponses.json(200, TestResponses.CHAT_JSON.replace("\"c1\"", "\"" + id + "\""));
    }
  }

  /** Runs one call; returns the id of the answer, or of the failure. */
  private static String call(GatewayClient client, String id, int kind) throws Exception {
    RequestOptions options = RequestOptions.builder().requestId(id).build();
    try {
      switch (kind) {
        case 0:
          return client.chat().create(TestResponses.chatRequest(), options).id();
        case 1:
          return client.async().chat().create(TestResponses.chatRequest(), options).get().id();
        default:
          try (StreamResponse<ChatCompletionChunk> s =
              client.chat().stream(TestResponses.chatRequest(), options)) {
            return s.iterator().next().id();
          }
      }
    } catch (java.util.concurrent.ExecutionException e) {
      return ((GatewayException) e.getCause()).requestId().orElseThrow();
    } catch (GatewayException e) {
      return e.requestId().orElseThrow();
    }
  }

  @Test
  void manyConcurrentFaultyCalls_eachGetsItsOwnAnswerAndNoConnectionLeaks() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return answer(request);
          }
        });
    ConnectionPool pool = new ConnectionPool(THREADS, 5, TimeUnit.MINUTES);
    GatewayClient client =
        GatewayClient.builder()
            .baseUrl(server.url("/").toString())
            .okHttpClient(new OkHttpClient.Builder().connectionPool(pool).build())
            .sleeper(d -> {})
            .build();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Future<List<String>>> mismatches = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        mismatches.add(
            threads.submit(
                () -> {
                  List<String> wrong = new ArrayList<>();
                  for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    String id = "t" + thread + "-" + i;
                    String got = call(client, id, (thread + i) % 3);
                    if (!id.equals(got)) {
                      wrong.add(id + " got " + got);
                    }
                  }
                  return wrong;
                }));
      }
      for (Future<List<String>> f : mismatches) {
        assertEquals(List.of(), f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }

    assertTrue(served.get() >= THREADS * CALLS_PER_THREAD, "served " + served.get());
    pool.evictAll(); // closes idle connections; one still held by a leaked call would stay
    assertEquals(0, pool.connectionCount());
    client.close();
  }
}
