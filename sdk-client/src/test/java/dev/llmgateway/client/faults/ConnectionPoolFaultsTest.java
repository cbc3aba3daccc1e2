package dev.llmgateway.client.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.TestResponses;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Issue 7 item 9: the pool of a client the SDK creates is sized for concurrent use. */
class ConnectionPoolFaultsTest {
  private static final int THREADS = 64;

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void create_64ConcurrentCallsTwice_theSecondWaveReusesEveryConnection() throws Exception {
    // Each request waits until all 64 of its wave arrived, so each wave holds 64 connections.
    CyclicBarrier wave = new CyclicBarrier(THREADS);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            try {
              wave.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
              return TestResponses.text(500, "the wave did not fill: " + e);
            }
            return TestResponses.chatOk();
          }
        });
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      Set<Integer> first = runWave(client, pool);
      Set<Integer> second = runWave(client, pool);

      assertEquals(THREADS, first.size(), "the first wave opened one connection per call");
      Set<Integer> opened = new HashSet<>(second);
      opened.removeAll(first);
      assertTrue(opened.isEmpty(), "new connections in the second wave: " + opened.size());
    } finally {
      pool.shutdownNow();
      client.close();
    }
  }

  private Set<Integer> runWave(GatewayClient client, ExecutorService pool) throws Exception {
    List<Future<String>> calls =
        IntStream.range(0, THREADS)
            .mapToObj(
                i -> pool.submit(() -> client.chat().create(TestResponses.chatRequest()).id()))
            .collect(Collectors.toList());
    for (Future<String> call : calls) {
      assertEquals("c1", call.get(10, TimeUnit.SECONDS));
    }
    Set<Integer> connections = new HashSet<>();
    for (int i = 0; i < THREADS; i++) {
      connections.add(server.takeRequest().getConnectionIndex());
    }
    return connections;
  }
}
