package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.Fixtures;
import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.common.TokenLogprob;
import dev.llmgateway.client.internal.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatCompletionParsingTest {

  @Test
  void parse_vllmReasoningContentAndToolCalls_readsTypedFields() {
    ChatCompletion c =
        Json.read(Fixtures.bytes("chat-completion-reasoning-tools.json"), ChatCompletion.class);

    assertEquals("chatcmpl-8f2c1d9e4b7a4f06a3c5e2d1b0a9f8e7", c.id());
    assertEquals("chat.completion", c.object());
    assertEquals(1764140000L, c.created().getAsLong());
    assertEquals("/gcs/Qwen/Qwen3-8B", c.model());
    ChatChoice choice = c.choices().get(0);
    assertEquals(0, choice.index());
    assertEquals(FinishReason.TOOL_CALLS, choice.finishReason().orElseThrow());
    assertTrue(choice.stopReason().isEmpty());
    ChatMessage m = choice.message();
    assertEquals(Role.ASSISTANT, m.role());
    assertTrue(m.content().isEmpty(), "content: null reads as empty");
    assertEquals(
        "The user asks for the weather in Paris, so I call get_weather.",
        m.reasoning().orElseThrow());
    ToolCall call = m.toolCalls().get(0);
    assertEquals("chatcmpl-tool-1c2d3e4f", call.id());
    assertEquals("function", call.type());
    assertEquals("get_weather", call.function().name());
    assertEquals("{\"city\": \"Paris\", \"unit\": \"celsius\"}", call.function().arguments());
    assertEquals(312, c.usage().orElseThrow().promptTokens());
    assertEquals(44, c.usage().orElseThrow().completionTokens());
    assertEquals(356, c.usage().orElseThrow().totalTokens());
    assertEquals(256, c.usage().orElseThrow().promptTokensDetails().orElseThrow().cachedTokens());
  }

  @Test
  void parse_vllmExtras_keptAsAdditionalProperties() {
    ChatCompletion c =
        Json.read(Fixtures.bytes("chat-completion-reasoning-tools.json"), ChatCompletion.class);

    assertTrue(c.additionalProperties().containsKey("prompt_token_ids"));
    assertTrue(c.additionalProperties().containsKey("service_tier"));
    assertTrue(c.choices().get(0).additionalProperties().containsKey("token_ids"));
    assertTrue(c.choices().get(0).message().additionalProperties().containsKey("refusal"));
    assertTrue(c.promptLogprobs().isEmpty(), "prompt_logprobs: null");
    assertTrue(c.kvTransferParams().isEmpty(), "kv_transfer_params: null");
  }

  @Test
  void parse_stopReasonIntUsageNullMissingCreated_tolerated() {
    ChatCompletion c =
        Json.read(Fixtures.bytes("chat-completion-stop-int.json"), ChatCompletion.class);

    assertTrue(c.created().isEmpty());
    assertTrue(c.usage().isEmpty());
    ChatChoice choice = c.choices().get(0);
    assertEquals(106, choice.stopReason().orElseThrow().tokenId().getAsInt());
    assertTrue(choice.stopReason().orElseThrow().text().isEmpty());
    assertEquals("Paris.", choice.message().content().orElseThrow());
    assertEquals("Paris is the capital.", choice.message().reasoning().orElseThrow());
    assertTrue(choice.message().toolCalls().isEmpty());
    assertFalse(choice.logprobs().isPresent());
  }

  @Test
  void parse_missingObjectUnknownFinishReasonStopString_tolerated() {
    String json =
        "{\"id\":\"x\",\"model\":\"m\",\"choices\":[{\"index\":0,"
            + "\"message\":{\"role\":\"assistant\",\"content\":\"hi\"},"
            + "\"finish_reason\":\"brand_new_reason\",\"stop_reason\":\"</s>\"}]}";

    ChatCompletion c = Json.read(json, ChatCompletion.class);

    assertEquals("chat.completion", c.object());
    FinishReason reason = c.choices().get(0).finishReason().orElseThrow();
    assertEquals("brand_new_reason", reason.value());
    assertFalse(reason.isKnown());
    assertEquals("</s>", c.choices().get(0).stopReason().orElseThrow().text().orElseThrow());
    assertTrue(Json.writeString(c).contains("\"finish_reason\":\"brand_new_reason\""));
  }

  @Test
  void parse_vllmAbortAndErrorFinishReasons_mapToConstants() {
    for (FinishReason expected : List.of(FinishReason.ABORT, FinishReason.ERROR)) {
      String json =
          "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\"},\"finish_reason\":\""
              + expected.value()
              + "\"}]}";
      assertEquals(
          expected,
          Json.read(json, ChatCompletion.class).choices().get(0).finishReason().orElseThrow());
    }
  }

  @Test
  void parse_logprobsPresent_typedTokensWithTopAlternatives() {
    String json =
        "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"a\"},"
            + "\"logprobs\":{\"content\":[{\"token\":\"a\",\"logprob\":-0.5,\"bytes\":[97],"
            + "\"top_logprobs\":[{\"token\":\"b\",\"logprob\":-Infinity,\"bytes\":null}]}]}}]}";

    ChatLogprobs logprobs =
        Json.read(json, ChatCompletion.class).choices().get(0).logprobs().orElseThrow();

    TokenLogprob first = logprobs.content().get(0);
    assertEquals("a", first.token());
    assertEquals(-0.5, first.logprob());
    assertEquals(List.of(97), first.bytes());
    assertEquals("b", first.topLogprobs().get(0).token());
    assertEquals(Double.NEGATIVE_INFINITY, first.topLogprobs().get(0).logprob());
    assertTrue(first.topLogprobs().get(0).bytes().isEmpty());
  }

  @Test
  void parse_choicesAndToolCalls_areUnmodifiable() {
    ChatCompletion c =
        Json.read(Fixtures.bytes("chat-completion-reasoning-tools.json"), ChatCompletion.class);

    assertThrows(UnsupportedOperationException.class, () -> c.choices().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> c.choices().get(0).message().toolCalls().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> c.additionalProperties().put("x", null));
  }

  @Test
  void parse_messageWithoutMessage_returnsEmptyAssistantMessage() {
    ChatCompletion c = Json.read("{\"choices\":[{\"index\":0}]}", ChatCompletion.class);

    ChatMessage m = c.choices().get(0).message();
    assertEquals(Role.ASSISTANT, m.role());
    assertTrue(m.content().isEmpty());
    assertNull(c.choices().get(0).finishReason().orElse(null));
  }
}
