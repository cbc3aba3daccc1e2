package dev.llmgateway.emulator.internal.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Latency, queueing and the prefix cache of a simulated model server, on manual timers. */
class ModelEndpointTimingTest {
  private final ManualTimers timers = new ManualTimers();

  private static Duration ms(double millis) {
    return Duration.ofNanos((long) (millis * 1_000_000));
  }

  private RecordingSink chat(ModelEndpoint endpoint, String content, boolean stream) {
    RecordingSink sink = new RecordingSink();
    endpoint.handle(
        Endpoints.post("/v1/chat/completions", Endpoints.chat(content, stream, null), timers),
        sink);
    return sink;
  }

  @Test
  void stream_firstTokenAfterTtft_thenOneTokenPerTpot() {
    ModelEndpoint endpoint = Endpoints.endpoint(Endpoints.config(4, 100, 10));
    RecordingSink sink = chat(endpoint, "a b c", true);

    assertTrue(sink.streamStarted, "headers go out at once");
    timers.advance(ms(99));
    assertEquals(List.of(), sink.writes);
    timers.advance(ms(1));
    assertEquals(2, sink.writes.size(), "role chunk and first token at 100 ms");
    assertTrue(sink.writes.get(1).contains("\"content\":\"a\""));
    timers.advance(ms(9));
    assertEquals(2, sink.writes.size());
    timers.advance(ms(1));
    assertTrue(sink.writes.get(2).contains("\"content\":\" b\""));
    timers.advance(ms(10));
    assertTrue(sink.writes.get(3).contains("\"content\":\" c\""));
    assertTrue(sink.ended);
    assertTrue(sink.body.toString().endsWith("data: [DONE]\n\n"));
  }

  @Test
  void queue_oneSlot_secondRequestWaitsSoItsLatencyGrows() {
    ModelEndpoint endpoint = Endpoints.endpoint(Endpoints.config(1, 100, 0));
    RecordingSink first = chat(endpoint, "first", false);
    RecordingSink second = chat(endpoint, "second", false);

    assertEquals(1, endpoint.runningRequests());
    assertEquals(1, endpoint.waitingRequests());
    timers.advance(ms(100));
    assertTrue(first.ended);
    assertFalse(second.ended);
    assertEquals(0, endpoint.waitingRequests());
    assertEquals(1, endpoint.runningRequests());
    timers.advance(ms(100));
    assertTrue(
        second.ended, "the second answer comes after 200 ms: 100 queued, 100 to first token");
    assertEquals(0, endpoint.runningRequests());
  }

  @Test
  void prefixCache_repeatedLongPrompt_shortensTimeToFirstToken() {
    ModelEndpoint endpoint = Endpoints.endpoint(Endpoints.config(4, 100, 0));
    String words = "alpha beta gamma delta ".repeat(10);
    int promptTokens =
        Tokenizer.count("<|im_start|>user\n" + words + "<|im_end|>\n<|im_start|>assistant\n");
    RecordingSink cold = chat(endpoint, words, false);
    timers.advance(ms(100));
    assertTrue(cold.ended);

    RecordingSink warm = chat(endpoint, words, false);
    RecordingSink other = chat(endpoint, words.replace("alpha", "omega"), false);
    int cached = Math.min(promptTokens / 16 * 16, promptTokens - 1);
    double warmTtft = 100.0 * (promptTokens - cached) / promptTokens;
    timers.advance(ms(warmTtft));
    assertTrue(warm.ended, "a full prefix-cache hit leaves " + warmTtft + " ms of prefill");
    assertFalse(other.ended, "a different prompt takes the full 100 ms");
    timers.advance(ms(100 - warmTtft + 0.001));
    assertTrue(other.ended);
  }

  @Test
  void clientGone_whileWaiting_leavesTheQueue() {
    ModelEndpoint endpoint = Endpoints.endpoint(Endpoints.config(1, 100, 0));
    RecordingSink first = chat(endpoint, "first", false);
    RecordingSink second = chat(endpoint, "second", false);

    second.clientGone.run();
    assertEquals(0, endpoint.waitingRequests());
    timers.advance(ms(200));
    assertTrue(first.ended);
    assertFalse(second.ended);
    assertEquals(0, endpoint.runningRequests());
    assertEquals(0, timers.pending());
  }

  @Test
  void clientGone_duringStream_freesTheSlotAndStopsWriting() {
    ModelEndpoint endpoint = Endpoints.endpoint(Endpoints.config(1, 100, 10));
    RecordingSink sink = chat(endpoint, "a b c d", true);
    timers.advance(ms(100));
    int written = sink.writes.size();

    sink.clientGone.run();
    assertEquals(0, endpoint.runningRequests());
    timers.advance(ms(100));
    assertEquals(written, sink.writes.size());
    assertFalse(sink.ended);
  }

  @Test
  void kvCacheUsage_whileRunning_countsTheReservedBlocks() {
    EndpointConfig config =
        new EndpointConfig(
            "m",
            List.of(),
            4096,
            4,
            10,
            16,
            100_000_000,
            0,
            null,
            FaultInjector.none(),
            Endpoints.CLOCK);
    ModelEndpoint endpoint = Endpoints.endpoint(config);
    chat(endpoint, "a b c", false); // 9 prompt + 3 output tokens: one block of 16

    assertEquals(0.1, endpoint.kvCacheUsage(), 1e-9);
    timers.advance(ms(100));
    assertEquals(0.0, endpoint.kvCacheUsage(), 1e-9);
  }
}
