package dev.llmgateway.client;

import static dev.llmgateway.client.TestResponses.chunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.StreamException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamingTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(TestResponses.NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final EventRecorder events = new EventRecorder();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseServer() {
    release.countDown();
  }

  private GatewayClient client() {
    return TestResponses.builder(server, clock, sleeper).addListener(events).build();
  }

  private static String texts(StreamResponse<ChatCompletionChunk> s) {
    return s.stream()
        .flatMap(c -> c.choices().stream())
        .map(c -> c.delta().content().orElse(""))
        .collect(Collectors.joining());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void stream_vllmShape_deliversChunksAndUsageThenEnds(Mode mode) throws Exception {
    server.enqueue(
        TestResponses.sse(
            List.of(
                "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                    + "\"finish_reason\":null}]}",
                chunk("Par", null),
                chunk("is", null),
                chunk("", "stop"),
                TestResponses.usageChunk(),
                "[DONE]")));

    try (StreamResponse<ChatCompletionChunk> s =
        mode.stream(client(), TestResponses.chatRequest())) {
      assertEquals("Paris", texts(s));
    }

    RecordedRequest r = server.takeRequest();
    assertEquals("/v1/chat/completions", r.getUrl().encodedPath());
    assertEquals("text/event-stream", r.getHeaders().get("Accept"));
    assertTrue(r.getBody().utf8().contains("\"stream\":true"), r.getBody().utf8());
    assertEquals(
        List.of("request 1", "response 1 200", "first token", "stream end 5 5"), events.events);
  }

  @Test
  void stream_fixtureWithReasoningAndTools_parsesEveryChunk() {
    List<String> lines = Fixtures.lines("chat-chunks-tools.txt");
    List<String> data = new ArrayList<>(lines);
    data.add("[DONE]");
    server.enqueue(TestResponses.sse(data));
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      assertEquals(lines.size(), s.stream().count());
    }
  }

  @Test
  void stream_crlfLineEndsCommentsAndChunkedTransfer_areParsed() {
    String body =
        ": ping\r\n\r\ndata: "
            + chunk("héllo ", null)
            + "\r\n\r\n: keep-alive\r\ndata: "
            + chunk("世界", "stop")
            + "\r\n\r\ndata: [DONE]\r\n\r\n";
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .chunkedBody(body, 3)
            .build());
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      assertEquals("héllo 世界", texts(s));
    }
  }

  @Test
  void stream_errorEventNewVllmShape_throwsWithChunkPosition() {
    server.enqueue(
        TestResponses.sse(
            List.of(
                chunk("a", null),
                chunk("b", null),
                "{\"error\": {\"message\": \"engine overloaded\", \"type\": \"InternalServerError\","
                    + " \"param\": null, \"code\": 500}}",
                "[DONE]")));
    List<String> seen = new ArrayList<>();
    StreamException e;
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      Iterator<ChatCompletionChunk> it = s.iterator();
      e =
          assertThrows(
              StreamException.class,
              () ->
                  it.forEachRemaining(
                      c -> seen.add(c.choices().get(0).delta().content().orElse(""))));
    }
    assertEquals(List.of("a", "b"), seen);
    assertEquals(2, e.chunkIndex());
    assertEquals("500", e.errorCode().orElseThrow());
    assertEquals(ErrorSource.MODEL_SERVER, e.source());
    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("engine overloaded"), e.getMessage());
    assertTrue(events.events.contains("error StreamException"), events.events.toString());
  }

  @Test
  void stream_errorEventOldVllmShapes_throw() {
    server.enqueue(
        TestResponses.sse(
            List.of(
                chunk("a", null),
                "{\"error\": {\"object\": \"error\", \"message\": \"bad\", \"type\": \"BadRequestError\","
                    + " \"param\": null, \"code\": 400}}")));
    server.enqueue(
        TestResponses.sse(
            List.of(
                "{\"object\": \"error\", \"message\": \"bad\", \"type\": \"x\", \"code\": 400}")));
    GatewayClient client = client();
    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(1, e.chunkIndex());
      assertEquals("400", e.errorCode().orElseThrow());
    }
    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(0, e.chunkIndex());
    }
  }

  @Test
  void stream_eventTypeError_throws() {
    server.enqueue(
        TestResponses.sseRaw(
            "data: "
                + chunk("a", null)
                + "\n\nevent: error\ndata: {\"message\":\"overloaded\"}\n\n"));
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(1, e.chunkIndex());
      assertTrue(e.rawBody().contains("overloaded"));
    }
  }

  @Test
  void stream_eofWithoutDoneOrFinishReason_isTruncation() {
    server.enqueue(TestResponses.sse(List.of(chunk("a", null), chunk("b", null))));
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(2, e.chunkIndex());
      assertEquals(ErrorSource.CLIENT, e.source());
      assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
  }

  @Test
  void stream_eofAfterFinishReasonWithoutDone_endsNormally() {
    server.enqueue(TestResponses.sse(List.of(chunk("a", null), chunk("b", "length"))));
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      assertEquals("ab", texts(s));
    }
    assertTrue(events.events.contains("stream end 2 no usage"), events.events.toString());
  }

  @Test
  void stream_malformedChunk_throwsStreamException() {
    server.enqueue(TestResponses.sse(List.of(chunk("a", null), "{not json", "[DONE]")));
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(1, e.chunkIndex());
    }
  }

  @Test
  void stream_isConsumedOnce() {
    server.enqueue(TestResponses.sse(List.of(chunk("a", "stop"), "[DONE]")));
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      s.iterator();
      assertThrows(IllegalStateException.class, s::stream);
      assertThrows(IllegalStateException.class, s::iterator);
    }
  }

  /** Writes one event, then holds the connection open until the test ends. */
  private MockResponse hangingStream() {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.writeUtf8("data: " + chunk("first", null) + "\n\n");
            sink.flush();
            try {
              release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    return new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream")
        .body(body)
        .build();
  }

  @Test
  void close_beforeEnd_cancelsTheHttpCall() {
    server.enqueue(hangingStream());
    List<Call> cancelled = new java.util.concurrent.CopyOnWriteArrayList<>();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    cancelled.add(call);
                  }
                })
            .build();
    GatewayClient client = TestResponses.builder(server, clock, sleeper).okHttpClient(http).build();

    StreamResponse<ChatCompletionChunk> s = client.chat().stream(TestResponses.chatRequest());
    Iterator<ChatCompletionChunk> it = s.iterator();
    assertEquals("first", it.next().choices().get(0).delta().content().orElseThrow());
    s.close();

    assertEquals(1, cancelled.size());
    assertFalse(it.hasNext());
  }

  @Test
  void stream_noEventWithinIdleTimeout_throwsStreamException() {
    server.enqueue(hangingStream());
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper)
            .streamIdleTimeout(java.time.Duration.ofMillis(200))
            .build();
    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().stream(TestResponses.chatRequest())) {
      Iterator<ChatCompletionChunk> it = s.iterator();
      it.next();
      StreamException e = assertThrows(StreamException.class, it::hasNext);
      assertTrue(e.getMessage().contains("idle timeout"), e.getMessage());
      assertEquals(1, e.chunkIndex());
    }
  }

  @Test
  void completionsStream_fixture_deliversTextAndUsage() throws Exception {
    List<String> data = new ArrayList<>(Fixtures.lines("completion-chunks.txt"));
    data.add("[DONE]");
    server.enqueue(TestResponses.sse(data));
    String text;
    try (StreamResponse<Completion> s =
        client().completions().stream(TestResponses.completionRequest())) {
      text =
          s.stream()
              .flatMap(c -> c.choices().stream())
              .map(c -> c.text())
              .collect(Collectors.joining());
    }
    assertEquals(" Paris, France", text);
    assertEquals("/v1/completions", server.takeRequest().getUrl().encodedPath());
    assertTrue(events.events.contains("stream end 4 8"), events.events.toString());
  }

  @Test
  void stream_serverAnsweringJson_isReportedNotTruncated() {
    server.enqueue(TestResponses.chatOk());
    StreamException e =
        assertThrows(
            StreamException.class, () -> client().chat().stream(TestResponses.chatRequest()));
    assertTrue(e.getMessage().contains("instead of text/event-stream"), e.getMessage());
    assertEquals(0, e.chunkIndex());
  }

  @Test
  void stream_serverClosesMidStream_throwsStreamExceptionAndClientRecovers() throws Exception {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws java.io.IOException {
            sink.writeUtf8("data: " + chunk("par", null) + "\n\ndata: {\"id\":\"s1\",\"cho");
            sink.flush();
          }
        };
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(body)
            .onResponseEnd(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(TestResponses.chatOk());
    GatewayClient client = client();
    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(1, e.chunkIndex());
    }
    assertEquals("c1", client.chat().create(TestResponses.chatRequest()).id());
  }

  @Test
  void stream_perRequestIdleTimeout_overridesClient() {
    server.enqueue(hangingStream());
    RequestOptions options =
        RequestOptions.builder().streamIdleTimeout(java.time.Duration.ofMillis(150)).build();
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest(), options)) {
      Iterator<ChatCompletionChunk> it = s.iterator();
      it.next();
      assertThrows(StreamException.class, it::hasNext);
    }
  }
}
