package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.Fixtures;
import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.internal.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatCompletionParsingTest {

  @Test
  void parse_vllmReasoningContentAndToolCalls_readsTypedFields() {
    ChatCompletion c =
        Json.read(Fixtures.bytes("chat-completion-reasoning-tools.json"), ChatCompletion.class);

    assertEquals("chatcmpl-8f2c1d9e4b7a4f06a3c5e2d1b0a9f8e7", c.id());
    assertEquals(1764140000L, c.created().getAsLong());
    ChatChoice choice = c.choices().get(0);
    assertEquals(FinishReason.TOOL_CALLS, choice.finishReason().orElseThrow());
    assertTrue(choice.stopReason().isEmpty());
    ChatMessage m = choice.message();
    assertEquals(Role.ASSISTANT, m.role());
    assertTrue(m.content().isEmpty());
    assertEquals(
        "The user asks for the weather in Paris, so I call get_weather.",
        m.reasoning().orElseThrow());
    ToolCall call = m.toolCalls().get(0);
    assertEquals("chatcmpl-tool-1c2d3e4f", call.id());
    assertEquals("get_weather", call.function().name());
    assertEquals("{\"city\": \"Paris\", \"unit\": \"celsius\"}", call.function().arguments());
    assertEquals(312, c.usage().orElseThrow().promptTokens());
    assertEquals(256, c.usage().orElseThrow().promptTokensDetails().orElseThrow().cachedTokens());
    assertTrue(c.additionalProperties().containsKey("prompt_token_ids"));
    assertTrue(c.additionalProperties().containsKey("service_tier"));
    assertTrue(choice.additionalProperties().containsKey("token_ids"));
    assertEquals(Map.of("name", "get_weather"), Map.of("name", call.function().name()));
  }

  @Test
  void parse_stopReasonIntUsageNullMissingCreated_tolerated() {
    ChatCompletion c =
        Json.read(Fixtures.bytes("chat-completion-stop-int.json"), ChatCompletion.class);

    assertTrue(c.created().isEmpty());
    assertTrue(c.usage().isEmpty());
    ChatChoice choice = c.choices().get(0);
    assertEquals(106, choice.stopReason().orElseThrow().tokenId().getAsInt());
    assertEquals("Paris.", choice.message().content().orElseThrow());
    assertEquals("Paris is the capital.", choice.message().reasoning().orElseThrow());
    assertTrue(choice.message().toolCalls().isEmpty());
    assertFalse(choice.logprobs().isPresent());
  }
}
