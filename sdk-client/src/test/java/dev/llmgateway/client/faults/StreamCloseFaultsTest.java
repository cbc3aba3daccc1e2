package dev.llmgateway.client.faults;

import static dev.llmgateway.client.TestResponses.chunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.TestResponses;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.GatewayException;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 items 3 and 9 (abandoned streams): closing a stream from another thread while its reader
 * is blocked, and dropping a stream without closing it, both release the connection.
 */
class StreamCloseFaultsTest {
  private static final int ITERATIONS = 200;

  private final AtomicInteger closedByClient = new AtomicInteger();
  private final CountDownLatch abandonedClosed = new CountDownLatch(1);
  private final ConnectionPool pool = new ConnectionPool();
  private @Nullable RawServer raw;

  @AfterEach
  void stop() throws Exception {
    if (raw != null) {
      raw.close();
    }
  }

  /** Serves one event per stream, then holds it open until the client closes the connection. */
  private GatewayClient holdingServerClient() throws Exception {
    raw =
        new RawServer(
            c -> {
              c.readRequest();
              c.startEventStream("data: " + chunk("first", null) + "\n\n");
              if (c.awaitClientClose()) {
                closedByClient.incrementAndGet();
                abandonedClosed.countDown();
              }
            });
    return GatewayClient.builder()
        .baseUrl(raw.url())
        .okHttpClient(new OkHttpClient.Builder().connectionPool(pool).build())
        .maxRetries(0)
        .build();
  }

  @Test
  void close_fromAnotherThreadWhileTheReaderIsBlocked_endsItQuietlyAndReleasesTheConnection()
      throws Exception {
    GatewayClient client = holdingServerClient();
    ExecutorService readers = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; i < ITERATIONS; i++) {
        StreamResponse<ChatCompletionChunk> s = client.chat().stream(TestResponses.chatRequest());
        Iterator<ChatCompletionChunk> it = s.iterator();
        it.next();
        CountDownLatch reading = new CountDownLatch(1);
        Future<String> outcome =
            readers.submit(
                () -> {
                  reading.countDown();
                  try {
                    return it.hasNext() ? "another chunk" : "end";
                  } catch (GatewayException e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                  }
                });
        assertTrue(reading.await(5, TimeUnit.SECONDS));

        s.close(); // from this thread, while the reader blocks (or is about to)

        String result = outcome.get(5, TimeUnit.SECONDS); // a raw okio exception fails here
        assertFalse(result.contains("truncated"), "iteration " + i + ": " + result);
        assertFalse(result.equals("another chunk"), "iteration " + i);
        assertEquals(0, pool.connectionCount(), "iteration " + i + " leaked its connection");
      }
    } finally {
      readers.shutdownNow();
    }
    assertTrue(closedByClient.get() >= ITERATIONS - 1, "closed: " + closedByClient.get());
  }

  @Test
  void abandonedStream_unclosedAndUnreferenced_releasesItsConnectionWhenCollected()
      throws Exception {
    GatewayClient client = holdingServerClient();

    openAndAbandon(client);
    boolean closed = false;
    for (int i = 0; i < 40 && !closed; i++) {
      System.gc();
      closed = abandonedClosed.await(50, TimeUnit.MILLISECONDS);
    }

    assertTrue(closed, "the server still holds the abandoned stream's connection");
  }

  private static void openAndAbandon(GatewayClient client) {
    StreamResponse<ChatCompletionChunk> s = client.chat().stream(TestResponses.chatRequest());
    assertEquals("first", s.iterator().next().choices().get(0).delta().content().orElseThrow());
  }
}
