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
import dev.llmgateway.client.errors.ServiceUnavailableException;
import dev.llmgateway.client.errors.TransportException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 7 items 2 and 7: the retry table is the only thing that re-sends, it re-sends only what
 * never reached the server (connect failures, a connect timeout included), and the attempts
 * reported equal the requests sent.
 */
class ResendFaultsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(TestResponses.NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final EventRecorder events = new EventRecorder();
  private @Nullable RawServer raw;
  private final List<Socket> backlog = new ArrayList<>();
  private @Nullable ServerSocket listener;

  @AfterEach
  void stop() throws Exception {
    if (raw != null) {
      raw.close();
    }
    for (Socket s : backlog) {
      s.close();
    }
    if (listener != null) {
      listener.close();
    }
  }

  private GatewayClient.Builder builder(String url) {
    return GatewayClient.builder()
        .baseUrl(url)
        .apiKey(TestResponses.KEY)
        .clock(clock)
        .sleeper(sleeper)
        .maxRetries(2)
        .addListener(events);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void create_reusedConnectionDroppedAfterTheRequestWasRead_isSentOnceAndNotRetried(Mode mode)
      throws Exception {
    raw =
        new RawServer(
            c -> {
              if (c.index == 0) {
                c.readRequest();
                c.respondJson(TestResponses.CHAT_JSON); // kept alive for the next call
                c.readRequest(); // the next call's request is read; then the connection drops
                return;
              }
              while (c.readRequest() != null) {
                c.respondJson(TestResponses.CHAT_JSON); // a silent re-send would be answered
              }
            });
    GatewayClient client = builder(raw.url()).build();
    assertEquals("c1", mode.create(client, TestResponses.chatRequest()).id());
    events.events.clear();

    TransportException e =
        assertThrows(
            TransportException.class, () -> mode.create(client, TestResponses.chatRequest()));

    assertEquals(2, raw.requests(), "the dropped request reached the server once");
    assertEquals(1, e.attempts());
    assertEquals(List.of("request 1", "error TransportException"), events.events);
    assertEquals(List.of(), sleeper.sleeps, "it may be generating already: never re-sent");
    assertTrue(e.getMessage().contains("may have received"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void create_503WithRetryAfterZero_isOnlyResentByTheRetryTable(Mode mode) {
    MockResponse busyNow =
        new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("busy").build();
    server.enqueue(busyNow);
    server.enqueue(busyNow);
    server.enqueue(TestResponses.chatOk());
    GatewayClient noRetries = builder(server.url("/").toString()).maxRetries(0).build();
    GatewayClient oneRetry = builder(server.url("/").toString()).maxRetries(1).build();

    ServiceUnavailableException e =
        assertThrows(
            ServiceUnavailableException.class,
            () -> mode.create(noRetries, TestResponses.chatRequest()));
    assertEquals(1, server.getRequestCount(), "maxRetries(0): sent once");
    assertEquals(1, e.attempts());
    events.events.clear();

    assertEquals("c1", mode.create(oneRetry, TestResponses.chatRequest()).id());
    assertEquals(3, server.getRequestCount());
    assertEquals(
        List.of(
            "request 1",
            "response 1 503",
            "retry 1 0ms ServiceUnavailableException",
            "request 2",
            "response 2 200"),
        events.events);
  }

  @Test
  void create_bodyCutAfterTheHeaders_isATransportFailureThatIsNotRetried() {
    byte[] json = TestResponses.CHAT_JSON.getBytes(StandardCharsets.UTF_8);
    MockResponseBody half =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return json.length;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            sink.write(json, 0, json.length / 2);
            sink.flush();
          }
        };
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(half)
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(TestResponses.chatOk());
    GatewayClient client = builder(server.url("/").toString()).build();

    TransportException e =
        assertThrows(
            TransportException.class, () -> client.chat().create(TestResponses.chatRequest()));

    assertEquals(1, server.getRequestCount());
    assertEquals(1, e.attempts());
    assertEquals(List.of(), sleeper.sleeps);
  }

  /**
   * Fills the accept queue of a listening socket that never accepts, so that the next connect hangs
   * until its timeout (Linux drops the SYN while the queue is full).
   */
  private InetSocketAddress unacceptingAddress() throws Exception {
    listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    InetSocketAddress address = (InetSocketAddress) listener.getLocalSocketAddress();
    for (int i = 0; i < 16; i++) {
      Socket s = new Socket();
      backlog.add(s);
      try {
        s.connect(address, 100);
      } catch (SocketTimeoutException full) {
        return address;
      }
    }
    throw new AssertionError("the accept queue never filled; a connect timeout cannot be produced");
  }

  @Test
  void create_connectTimeout_isAConnectFailureRetriedWithBackoff() throws Exception {
    InetSocketAddress address = unacceptingAddress();
    GatewayClient client =
        builder("http://127.0.0.1:" + address.getPort())
            .connectTimeout(Duration.ofMillis(200))
            .maxRetries(1)
            .build();

    TransportException e =
        assertThrows(
            TransportException.class, () -> client.chat().create(TestResponses.chatRequest()));

    assertEquals(2, e.attempts(), "the request never left, so it was retried");
    assertEquals(1, sleeper.sleeps.size());
    assertTrue(
        events.events.stream().anyMatch(x -> x.matches("retry 1 \\d+ms TransportException")),
        events.events.toString());
    assertFalse(e.getMessage().contains("fewer tokens"), e.getMessage());
    assertTrue(e.getMessage().contains("not sent"), e.getMessage());
  }
}
