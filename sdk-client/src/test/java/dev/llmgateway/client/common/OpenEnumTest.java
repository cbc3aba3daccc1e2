package dev.llmgateway.client.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.chat.Role;
import dev.llmgateway.client.chat.ToolChoice;
import dev.llmgateway.client.internal.json.Json;
import org.junit.jupiter.api.Test;

class OpenEnumTest {

  @Test
  void finishReasonOf_knownValue_returnsConstant() {
    assertSame(FinishReason.STOP, FinishReason.of("stop"));
    assertSame(FinishReason.ABORT, FinishReason.of("abort"));
    assertSame(FinishReason.ERROR, Json.read("\"error\"", FinishReason.class));
    assertTrue(FinishReason.TOOL_CALLS.isKnown());
  }

  @Test
  void finishReasonOf_unknownValue_keptAndComparedByValue() {
    FinishReason a = FinishReason.of("repetition");

    assertEquals("repetition", a.value());
    assertFalse(a.isKnown());
    assertEquals(FinishReason.of("repetition"), a);
    assertEquals(FinishReason.of("repetition").hashCode(), a.hashCode());
    assertNotEquals(FinishReason.STOP, a);
    assertEquals("\"repetition\"", Json.writeString(a));
  }

  @Test
  void roleOf_unknownValue_kept() {
    assertSame(Role.DEVELOPER, Role.of("developer"));
    assertEquals("critic", Json.read("\"critic\"", Role.class).value());
    assertThrows(NullPointerException.class, () -> Role.of(null));
  }

  @Test
  void stopReason_intOrString_bothFormsKept() {
    StopReason token = Json.read("128001", StopReason.class);
    StopReason text = Json.read("\"###\"", StopReason.class);

    assertEquals(128001, token.tokenId().getAsInt());
    assertTrue(token.text().isEmpty());
    assertEquals("###", text.text().orElseThrow());
    assertTrue(text.tokenId().isEmpty());
    assertEquals("128001", Json.writeString(token));
    assertEquals("\"###\"", Json.writeString(text));
    assertEquals(StopReason.ofTokenId(128001), token);
    assertEquals(StopReason.ofText("###"), text);
  }

  @Test
  void toolChoice_modesAndNamedFunction_readAndWritten() {
    assertSame(ToolChoice.NONE, Json.read("\"none\"", ToolChoice.class));
    assertEquals(
        "future_mode", Json.read("\"future_mode\"", ToolChoice.class).mode().orElseThrow());
    ToolChoice named =
        Json.read("{\"type\":\"function\",\"function\":{\"name\":\"f\"}}", ToolChoice.class);
    assertEquals(ToolChoice.function("f"), named);
    assertEquals("f", named.functionName().orElseThrow());
    assertEquals("{\"type\":\"function\",\"function\":{\"name\":\"f\"}}", Json.writeString(named));
  }
}
