package dev.llmgateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.chat.ChatCompletion;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch bodyStarted = new CountDownLatch(1);

  @AfterEach
  void releaseServer() {
    release.countDown();
  }

  /** Sends headers, then the body only once the test releases it. */
  private MockResponse heldResponse() {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return TestResponses.CHAT_JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.flush();
            bodyStarted.countDown();
            try {
              release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            sink.writeUtf8(TestResponses.CHAT_JSON);
          }
        };
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void create_completesOnTheClientsExecutor_notTheCommonPool() throws Exception {
    server.enqueue(heldResponse());
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();

    CompletableFuture<String> thread =
        client
            .async()
            .chat()
            .create(TestResponses.chatRequest())
            .thenApply(c -> c.id() + "@" + Thread.currentThread().getName());
    assertTrue(bodyStarted.await(5, TimeUnit.SECONDS));
    release.countDown();

    String result = thread.get(5, TimeUnit.SECONDS);
    assertTrue(result.startsWith("c1@llm-gateway-async-"), result);
    client.close();
  }

  @Test
  void cancel_future_cancelsTheHttpCall() throws Exception {
    server.enqueue(heldResponse());
    CountDownLatch cancelled = new CountDownLatch(1);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    cancelled.countDown();
                  }
                })
            .build();
    GatewayClient client =
        GatewayClient.builder().baseUrl(server.url("/").toString()).okHttpClient(http).build();

    CompletableFuture<ChatCompletion> f = client.async().chat().create(TestResponses.chatRequest());
    assertTrue(bodyStarted.await(5, TimeUnit.SECONDS));
    assertTrue(f.cancel(true));

    assertTrue(cancelled.await(5, TimeUnit.SECONDS), "the OkHttp call was cancelled");
    assertTrue(f.isCancelled());
  }

  @Test
  void closedClient_rejectsAsyncCalls() {
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();
    client.close();
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                client.async().chat().create(TestResponses.chatRequest()).get(5, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void asyncModels_list() throws Exception {
    server.enqueue(TestResponses.json(200, Fixtures.text("models.json")));
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();
    assertTrue(client.async().models().list().get(5, TimeUnit.SECONDS).size() > 0);
  }

  @Test
  void retryWait_withSystemSleeper_isScheduledAndCompletesOnTheClientsExecutor() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After-Ms", "20")
            .body("busy")
            .build());
    server.enqueue(TestResponses.chatOk());
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();

    String thread =
        client
            .async()
            .chat()
            .create(TestResponses.chatRequest())
            .thenApply(c -> Thread.currentThread().getName())
            .get(5, TimeUnit.SECONDS);

    assertEquals(2, server.getRequestCount());
    assertTrue(thread.startsWith("llm-gateway-async-"), thread);
    client.close();
  }

  @Test
  void cancel_duringRetryWait_dropsThePendingRetry() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After-Ms", "200")
            .body("busy")
            .build());
    server.enqueue(TestResponses.chatOk());
    CountDownLatch retrying = new CountDownLatch(1);
    GatewayClient client =
        GatewayClient.builder()
            .baseUrl(server.url("/").toString())
            .addListener(
                new GatewayListener() {
                  @Override
                  public void onRetry(
                      CallInfo call,
                      int failedAttempt,
                      java.time.Duration wait,
                      dev.llmgateway.client.errors.GatewayException cause) {
                    retrying.countDown();
                  }
                })
            .build();

    CompletableFuture<ChatCompletion> f = client.async().chat().create(TestResponses.chatRequest());
    assertTrue(retrying.await(5, TimeUnit.SECONDS));
    assertTrue(f.cancel(true));

    assertTrue(f.isCancelled());
    server.takeRequest();
    assertEquals(null, server.takeRequest(700, TimeUnit.MILLISECONDS), "no retry after cancel");
    client.close();
  }
}
