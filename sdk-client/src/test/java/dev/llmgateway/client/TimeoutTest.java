package dev.llmgateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Client-side timeouts: per-call timeout of non-streaming calls, time to a stream's headers. */
class TimeoutTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(TestResponses.NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);

  private static MockResponse slowHeaders() {
    return new MockResponse.Builder()
        .headersDelay(400, TimeUnit.MILLISECONDS)
        .addHeader("Content-Type", "application/json")
        .body(TestResponses.CHAT_JSON)
        .build();
  }

  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseServer() {
    release.countDown();
  }

  /** Sends headers at once but holds the body until the test ends. */
  private MockResponse heldBody() {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return 2;
          }

          @Override
          public void writeTo(BufferedSink sink) {
            try {
              release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    return new MockResponse.Builder().body(body).build();
  }

  /** Sends one byte every 50 ms: each read is quick, the whole body takes two seconds. */
  private MockResponse tricklingBody() {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return 40;
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            for (int i = 0; i < 40; i++) {
              sink.writeByte(' ');
              sink.flush();
              try {
                if (release.await(50, TimeUnit.MILLISECONDS)) {
                  return;
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          }
        };
    return new MockResponse.Builder().body(body).build();
  }

  @Test
  void create_clientTimeout_boundsTheWholeAttemptNotEachRead() {
    server.enqueue(tricklingBody());
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper).timeout(Duration.ofMillis(300)).build();

    GatewayTimeoutException e =
        assertThrows(
            GatewayTimeoutException.class, () -> client.chat().create(TestResponses.chatRequest()));

    assertEquals(ErrorSource.CLIENT, e.source());
    assertTrue(sleeper.sleeps.isEmpty(), "a timed-out request may have been processed: no retry");
  }

  @Test
  void create_perCallTimeout_throwsClientTimeoutWithoutRetry() {
    server.enqueue(heldBody());
    GatewayClient client = TestResponses.builder(server, clock, sleeper).build();
    RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(100)).build();

    GatewayTimeoutException e =
        assertThrows(
            GatewayTimeoutException.class,
            () -> client.chat().create(TestResponses.chatRequest(), fast));

    assertEquals(ErrorSource.CLIENT, e.source());
    assertEquals(0, e.statusCode());
    assertTrue(sleeper.sleeps.isEmpty(), "a timed-out request may have been processed: no retry");
  }

  @Test
  void create_totalTimeout_cutsOffARunningAttempt() {
    server.enqueue(heldBody());
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper)
            .timeout(Duration.ofSeconds(30))
            .retrySettings(RetrySettings.builder().totalTimeout(Duration.ofMillis(200)).build())
            .build();

    GatewayTimeoutException e =
        assertThrows(
            GatewayTimeoutException.class, () -> client.chat().create(TestResponses.chatRequest()));

    assertEquals(ErrorSource.CLIENT, e.source());
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.sleeps.isEmpty(), "no retry past the deadline");
  }

  @Test
  void stream_headersTimeout_throwsClientTimeout() {
    server.enqueue(slowHeaders());
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper)
            .streamHeadersTimeout(Duration.ofMillis(100))
            .build();
    GatewayTimeoutException e =
        assertThrows(
            GatewayTimeoutException.class, () -> client.chat().stream(TestResponses.chatRequest()));
    assertEquals(ErrorSource.CLIENT, e.source());
  }
}
