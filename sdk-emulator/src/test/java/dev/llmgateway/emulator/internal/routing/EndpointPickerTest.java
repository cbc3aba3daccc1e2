package dev.llmgateway.emulator.internal.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring, priority and shedding of the Endpoint Picker. */
class EndpointPickerTest {
  private final EndpointPicker picker = new EndpointPicker(Saturation.DEFAULTS, new Random(1));

  @Test
  void scores_queueMinMaxPlusFreeKvCache() {
    FakeEndpoint a = FakeEndpoint.of("a").load(0, 0.5);
    FakeEndpoint b = FakeEndpoint.of("b").load(4, 0.0);
    FakeEndpoint c = FakeEndpoint.of("c").load(2, 0.25);

    double[] scores = picker.scores(List.of(a, b, c), new long[0]);

    assertArrayEquals(new double[] {1.0 + 0.5, 0.0 + 1.0, 0.5 + 0.75}, scores, 1e-9);
  }

  @Test
  void pick_shortestQueueAndFreestCache_wins() {
    FakeEndpoint busy = FakeEndpoint.of("busy").load(3, 0.6);
    FakeEndpoint idle = FakeEndpoint.of("idle").load(0, 0.1);

    EndpointPicker.Pick pick = picker.pick(List.of(busy, idle), 0, "m", "hi");

    assertSame(idle, pick.endpoint());
    assertNull(pick.error());
  }

  @Test
  void pick_samePromptAgain_goesWhereItsPrefixWent() {
    List<FakeEndpoint> pool =
        List.of(
            FakeEndpoint.of("a"), FakeEndpoint.of("b"), FakeEndpoint.of("c"), FakeEndpoint.of("d"));
    String prompt = "You are a helpful assistant. ".repeat(20);

    EndpointPicker.Pick first = picker.pick(pool, 0, "m", prompt);
    for (int i = 0; i < 10; i++) {
      assertSame(first.endpoint(), picker.pick(pool, 0, "m", prompt).endpoint());
    }
  }

  @Test
  void pick_equalScores_spreadsOverEveryEndpoint() {
    List<FakeEndpoint> pool =
        List.of(FakeEndpoint.of("a"), FakeEndpoint.of("b"), FakeEndpoint.of("c"));
    Set<String> picked = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      picked.add(picker.pick(pool, 0, "m", "short").endpoint().name());
    }

    assertEquals(Set.of("a", "b", "c"), picked);
  }

  @Test
  void pick_sheddableWhileSaturated_answers429InPlainText() {
    List<FakeEndpoint> saturated =
        List.of(FakeEndpoint.of("a").load(6, 0.1), FakeEndpoint.of("b").load(0, 0.81));

    EndpointPicker.Pick shed = picker.pick(saturated, -1, "m", "hi");
    EndpointPicker.Pick kept = picker.pick(saturated, 0, "m", "hi");

    assertEquals(429, shed.error().status());
    assertEquals(
        "inference gateway: InferencePoolResourceExhausted - system saturated, sheddable request"
            + " dropped",
        shed.error().body());
    assertTrue(kept.endpoint() != null, "priority 0 is not sheddable");
  }

  @Test
  void pick_sheddableAtTheThresholds_isNotShed() {
    List<FakeEndpoint> atLimits = List.of(FakeEndpoint.of("a").load(5, 0.8));

    assertTrue(picker.pick(atLimits, -5, "m", "hi").endpoint() != null);
  }

  @Test
  void pick_noEndpoints_answers503InPlainText() {
    EndpointPicker.Pick pick = picker.pick(List.of(), 10, "m", "hi");

    assertEquals(503, pick.error().status());
    assertEquals(
        "inference gateway: ServiceUnavailable - failed to find candidate pods for serving the"
            + " request",
        pick.error().body());
  }
}
