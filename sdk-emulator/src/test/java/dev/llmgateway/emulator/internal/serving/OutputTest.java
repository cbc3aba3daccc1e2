package dev.llmgateway.emulator.internal.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTest {

  @Test
  void plan_noLimitsHit_stopsAtTheEndOfTheAnswer() {
    Output out = Output.plan("The capital is Paris.", 100, List.of());

    assertEquals("The capital is Paris.", out.text());
    assertEquals(5, out.tokens());
    assertEquals("stop", out.finishReason());
    assertNull(out.stopReason());
  }

  @Test
  void plan_earliestStopString_cutsBeforeIt() {
    Output out = Output.plan("one two three four", 100, List.of(" four", " two"));

    assertEquals("one", out.text());
    assertEquals("stop", out.finishReason());
    assertEquals(" two", out.stopReason());
  }

  @Test
  void plan_tokenLimitBeforeTheStopString_endsWithLength() {
    Output out = Output.plan("one two three four", 2, List.of(" four"));

    assertEquals("one two", out.text());
    assertEquals("length", out.finishReason());
    assertNull(out.stopReason());
  }
}
