package dev.llmgateway.client.faults;

import static dev.llmgateway.client.TestResponses.chunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.TestResponses;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.client.errors.RateLimitedException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.StreamException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7 items 5, 6 and 9 (BOM, error events, HTML): bodies that are not what was asked for are
 * reported as what they are, and a line that never ends cannot exhaust memory.
 */
class HostileBodyFaultsTest {
  private static final String QUOTA_FAULT =
      "{\"fault\":{\"faultstring\":\"Rate limit quota violation\","
          + "\"detail\":{\"errorcode\":\"policies.ratelimit.QuotaViolation\"}}}";
  private static final String KEY_ERROR =
      "{\"error\":{\"message\":\"Invalid API key\",\"type\":\"AuthenticationError\",\"code\":401}}";

  @StartStop final MockWebServer server = new MockWebServer();
  private @Nullable RawServer raw;

  @AfterEach
  void stop() throws Exception {
    if (raw != null) {
      raw.close();
    }
  }

  private GatewayClient client() {
    return GatewayClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(TestResponses.KEY)
        .maxRetries(0)
        .build();
  }

  @Test
  void stream_dataLineThatNeverEnds_failsAtTheEventLimitWhileReadingIt() throws Exception {
    long cap = 48L << 20;
    AtomicLong written = new AtomicLong();
    raw =
        new RawServer(
            c -> {
              c.readRequest();
              c.write(
                  "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n");
              c.write("data: ");
              byte[] x = new byte[64 * 1024];
              Arrays.fill(x, (byte) 'x');
              while (written.get() < cap) {
                c.write(x); // fails once the client gives up and closes
                written.addAndGet(x.length);
              }
              c.awaitClientClose();
            });
    GatewayClient client =
        GatewayClient.builder()
            .baseUrl(raw.url())
            .streamIdleTimeout(Duration.ofMillis(200))
            .build();

    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.iterator().hasNext());
      assertTrue(e.getMessage().contains("larger than 16777216 bytes"), e.getMessage());
    }
    assertTrue(written.get() < cap, "the client read all " + written.get() + " bytes");
  }

  static Stream<Arguments> errorDocumentsWith200() {
    return Stream.of(
        Arguments.of("vLLM error", KEY_ERROR, AuthenticationException.class),
        Arguments.of("Apigee fault", QUOTA_FAULT, QuotaExceededException.class),
        Arguments.of("empty object", "{}", ServerException.class),
        Arguments.of(
            "not a completion", "{\"object\":\"list\",\"data\":[]}", ServerException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorDocumentsWith200")
  void create_200WithAnErrorDocument_isClassifiedLikeTheError(
      String name, String body, Class<? extends GatewayException> type) {
    server.enqueue(TestResponses.json(200, body));
    server.enqueue(TestResponses.json(200, body));

    GatewayException chat =
        assertThrows(
            GatewayException.class, () -> client().chat().create(TestResponses.chatRequest()));
    GatewayException completion =
        assertThrows(
            GatewayException.class,
            () -> client().completions().create(TestResponses.completionRequest()));

    for (GatewayException e : List.of(chat, completion)) {
      assertInstanceOf(type, e, e.getMessage());
      assertEquals(200, e.statusCode());
      assertEquals(1, e.attempts());
    }
  }

  @Test
  void modelsList_200WithAFaultOrAnEmptyObject_isAnErrorButAnEmptyListIsNot() {
    server.enqueue(TestResponses.json(200, QUOTA_FAULT));
    server.enqueue(TestResponses.json(200, "{}"));
    server.enqueue(TestResponses.json(200, "{\"object\":\"list\",\"data\":[]}"));
    GatewayClient client = client();

    assertThrows(QuotaExceededException.class, () -> client.models().list());
    assertThrows(ServerException.class, () -> client.models().list());
    assertEquals(List.of(), client.models().list());
  }

  @Test
  void stream_200JsonErrorDocument_isClassifiedLikeTheError() {
    server.enqueue(
        TestResponses.json(
            200,
            "{\"error\":{\"message\":\"slow down\",\"type\":\"RateLimitError\",\"code\":429}}"));

    assertThrows(
        RateLimitedException.class, () -> client().chat().stream(TestResponses.chatRequest()));
  }

  private void streamOf(
      MockResponse response, Consumer<StreamResponse<ChatCompletionChunk>> check) {
    server.enqueue(response);
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      check.accept(s);
    }
  }

  @Test
  void stream_leadingByteOrderMark_keepsTheFirstEvent() {
    streamOf(
        TestResponses.sseRaw("\uFEFFdata: " + chunk("Hi", "stop") + "\n\ndata: [DONE]\n\n"),
        s -> assertEquals(1, s.stream().count()));
  }

  @Test
  void stream_errorEventWhoseFirstKeyIsNotError_isAnError() {
    streamOf(
        TestResponses.sse(
            List.of(
                chunk("a", null),
                "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"error\":"
                    + "{\"message\":\"engine died\",\"code\":500}}",
                "[DONE]")),
        s -> {
          StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
          assertEquals(1, e.chunkIndex());
          assertTrue(e.getMessage().contains("engine died"), e.getMessage());
        });
  }

  @Test
  void stream_contentOrNullFieldNamedError_isNotAnError() {
    String nullError = chunk("b", "stop").replace("{\"id\"", "{\"error\": null, \"id\"");
    streamOf(
        TestResponses.sse(List.of(chunk("error", null), nullError, "[DONE]")),
        s -> assertEquals(2, s.stream().count()));
  }

  @Test
  void stream_htmlPageWith200_isReportedAsAnHtmlPageNotATruncation() {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/html; charset=utf-8")
            .body("<html><body>Sign in to continue</body></html>")
            .build());

    StreamException e =
        assertThrows(
            StreamException.class, () -> client().chat().stream(TestResponses.chatRequest()));

    assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
    assertFalse(e.getMessage().contains("truncated"), e.getMessage());
    assertTrue(e.rawBody().contains("Sign in"), e.rawBody());
  }
}
