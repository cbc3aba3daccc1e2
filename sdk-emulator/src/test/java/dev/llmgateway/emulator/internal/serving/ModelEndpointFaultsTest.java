package dev.llmgateway.emulator.internal.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fault injection by rate on a simulated model server. */
class ModelEndpointFaultsTest {
  private final ManualTimers timers = new ManualTimers();

  private RecordingSink chat(EndpointConfig config, String content, boolean stream) {
    RecordingSink sink = new RecordingSink();
    Endpoints.endpoint(config)
        .handle(
            Endpoints.post("/v1/chat/completions", Endpoints.chat(content, stream, null), timers),
            sink);
    return sink;
  }

  @Test
  void serverErrorRateOne_answers500InVllmShape() {
    RecordingSink sink = chat(Endpoints.withFaults(1, 0, 0), "hi", false);

    assertEquals(500, sink.status);
    assertEquals(
        "{\"error\":{\"message\":\"Emulated model server failure (fault injection).\","
            + "\"type\":\"InternalServerError\",\"param\":null,\"code\":500}}",
        sink.body.toString());
  }

  @Test
  void midStreamErrorRateOne_sendsHalfTheTokensThenAnErrorEventAndDone() {
    RecordingSink sink = chat(Endpoints.withFaults(0, 1, 0), "a b c d", true);

    List<String> events = sink.events();
    assertEquals(5, events.size(), events.toString()); // role, a, b, error, [DONE]
    assertTrue(events.get(2).contains("\"content\":\" b\""));
    assertEquals(
        "{\"error\":{\"message\":\"Emulated model server failure in the middle of the stream"
            + " (fault injection).\",\"type\":\"InternalServerError\",\"param\":null,"
            + "\"code\":500}}",
        events.get(3));
    assertEquals("[DONE]", events.get(4));
    assertTrue(sink.ended);
  }

  @Test
  void connectionDropRateOne_resetsBeforeAnswerOrHalfwayThroughAStream() {
    RecordingSink plain = chat(Endpoints.withFaults(0, 0, 1), "a b c d", false);
    RecordingSink stream = chat(Endpoints.withFaults(0, 0, 1), "a b c d", true);

    assertTrue(plain.reset);
    assertEquals(0, plain.status);
    assertTrue(stream.reset);
    assertEquals(3, stream.events().size(), "role chunk and two of four tokens");
    assertFalse(stream.body.toString().contains("[DONE]"));
  }

  @Test
  void midStreamRate_doesNotHitNonStreamingRequests() {
    RecordingSink sink = chat(Endpoints.withFaults(0, 1, 0), "a b", false);

    assertEquals(200, sink.status);
  }

  @Test
  void roll_sameSeed_repeatsTheSameFaultsAtAboutTheRate() {
    FaultInjector a = new FaultInjector(0.5, 0, 0, new Random(42));
    FaultInjector b = new FaultInjector(0.5, 0, 0, new Random(42));
    List<FaultInjector.Fault> first = new ArrayList<>();
    List<FaultInjector.Fault> second = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      first.add(a.roll(false));
      second.add(b.roll(false));
    }

    assertEquals(first, second);
    long errors = first.stream().filter(f -> f == FaultInjector.Fault.SERVER_ERROR).count();
    assertTrue(errors > 400 && errors < 600, "about half: " + errors);
  }
}
