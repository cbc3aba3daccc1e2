package dev.llmgateway.client;

import static dev.llmgateway.client.TestResponses.chunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionAccumulator;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.StreamException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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

/** SSE cases of DESIGN 3.2 that need control over socket writes or a held-open connection. */
class StreamEdgeCasesTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(TestResponses.NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final EventRecorder events = new EventRecorder();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<Call> cancelled = new CopyOnWriteArrayList<>();

  @AfterEach
  void releaseServer() {
    release.countDown();
  }

  private GatewayClient client() {
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
    return TestResponses.builder(server, clock, sleeper)
        .okHttpClient(http)
        .addListener(events)
        .build();
  }

  /** Writes each part with its own flush (socket write); optionally holds the connection open. */
  private MockResponse written(boolean hold, byte[]... parts) {
    MockResponseBody body =
        new MockResponseBody() {
          @Override
          public long getContentLength() {
            return -1;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            for (byte[] part : parts) {
              sink.write(part);
              sink.flush();
            }
            if (hold) {
              try {
                release.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          }
        };
    return new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream")
        .body(body)
        .build();
  }

  @Test
  void stream_multiByteCharSplitAcrossSocketWrites_isDecodedWhole() {
    String text = "data: " + chunk("日本🙂", "stop") + "\n\ndata: [DONE]\n\n";
    byte[] all = text.getBytes(StandardCharsets.UTF_8);
    // Split two bytes into the 4-byte emoji.
    int split = text.substring(0, text.indexOf("🙂")).getBytes(StandardCharsets.UTF_8).length + 2;
    server.enqueue(
        written(
            false, Arrays.copyOfRange(all, 0, split), Arrays.copyOfRange(all, split, all.length)));

    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      ChatCompletionChunk only = s.iterator().next();
      assertEquals("日本🙂", only.choices().get(0).delta().content().orElseThrow());
    }
  }

  @Test
  void stream_errorEventWhileConnectionStaysOpen_throwsAndCancelsTheCallWithoutClose() {
    server.enqueue(
        written(
            true,
            ("data: " + chunk("a", null) + "\n\n").getBytes(StandardCharsets.UTF_8),
            "data: {\"error\":{\"message\":\"engine dead\",\"code\":500}}\n\n"
                .getBytes(StandardCharsets.UTF_8)));

    StreamResponse<ChatCompletionChunk> s = client().chat().stream(TestResponses.chatRequest());
    Iterator<ChatCompletionChunk> it = s.iterator();
    it.next();
    StreamException e = assertThrows(StreamException.class, it::hasNext);

    assertEquals(1, e.chunkIndex());
    assertEquals(1, cancelled.size(), "the failed stream released its connection by itself");
    assertTrue(events.events.contains("error StreamException"), events.events.toString());
  }

  @Test
  void stream_eofWithoutDoneWhileAnotherChoiceIsUnfinished_isTruncation() {
    String second = chunk("b", null).replace("\"index\":0", "\"index\":1");
    server.enqueue(TestResponses.sse(List.of(chunk("a", null), second, chunk("", "stop"))));

    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(3, e.chunkIndex());
      assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
  }

  @Test
  void stream_continuousUsage_everyChunkCarriesUsageAndTheLastOneWins() {
    String usage1 = ",\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,\"total_tokens\":4}}";
    String usage2 = ",\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}";
    String first = chunk("Par", null);
    String second = chunk("is", "stop");
    server.enqueue(
        TestResponses.sse(
            List.of(
                first.substring(0, first.length() - 1) + usage1,
                second.substring(0, second.length() - 1) + usage2,
                TestResponses.usageChunk(),
                "[DONE]")));
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();

    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      s.stream().forEach(acc);
    }

    ChatCompletion done = acc.build();
    assertEquals("Paris", done.choices().get(0).message().content().orElseThrow());
    assertEquals(5, acc.usage().orElseThrow().totalTokens());
    assertEquals(3, acc.chunkCount());
    assertTrue(events.events.contains("stream end 3 5"), events.events.toString());
  }
}
