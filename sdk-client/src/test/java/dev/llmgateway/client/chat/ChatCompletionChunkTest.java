package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.Fixtures;
import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatCompletionChunkTest {

  private static List<ChatCompletionChunk> chunks(String fixture) {
    return Fixtures.lines(fixture).stream()
        .map(l -> Json.read(l, ChatCompletionChunk.class))
        .toList();
  }

  @Test
  void parse_firstChunk_hasAssistantRoleAndEmptyContent() {
    ChatCompletionChunk first = chunks("chat-chunks.txt").get(0);

    assertEquals("chat.completion.chunk", first.object());
    assertEquals(Role.ASSISTANT, first.choices().get(0).delta().role().orElseThrow());
    assertEquals("", first.choices().get(0).delta().content().orElseThrow());
    assertTrue(first.choices().get(0).finishReason().isEmpty());
  }

  @Test
  void parse_contentChunk_textViaDeltaContent() {
    ChatCompletionChunk chunk = chunks("chat-chunks.txt").get(3);

    assertEquals("The capital", chunk.choices().get(0).delta().content().orElseThrow());
    assertTrue(chunk.choices().get(0).delta().role().isEmpty());
  }

  @Test
  void parse_reasoningChunks_readBothFieldNames() {
    List<ChatCompletionChunk> all = chunks("chat-chunks.txt");

    assertEquals("Think", all.get(1).choices().get(0).delta().reasoning().orElseThrow());
    assertEquals("ing.", all.get(2).choices().get(0).delta().reasoning().orElseThrow());
    assertTrue(all.get(1).choices().get(0).delta().content().isEmpty());
  }

  @Test
  void parse_finishChunk_hasFinishReason() {
    ChatCompletionChunk chunk = chunks("chat-chunks.txt").get(5);

    assertEquals(FinishReason.STOP, chunk.choices().get(0).finishReason().orElseThrow());
  }

  @Test
  void parse_usageChunk_hasNoChoicesAndUsage() {
    ChatCompletionChunk chunk = chunks("chat-chunks.txt").get(6);

    assertTrue(chunk.choices().isEmpty());
    assertEquals(7, chunk.usage().orElseThrow().completionTokens());
    assertEquals(24, chunk.usage().orElseThrow().totalTokens());
  }

  @Test
  void parse_byteSlice_readsWithoutCopy() {
    String line = Fixtures.lines("chat-chunks.txt").get(3);
    byte[] framed = ("data: " + line + "\n\n").getBytes(StandardCharsets.UTF_8);
    int length = line.getBytes(StandardCharsets.UTF_8).length;

    ChatCompletionChunk chunk = Json.read(framed, 6, length, ChatCompletionChunk.class);

    assertEquals("The capital", chunk.choices().get(0).delta().content().orElseThrow());
  }

  @Test
  void parse_chunkWithoutDelta_returnsEmptyDelta() {
    ChatCompletionChunk chunk =
        Json.read(
            "{\"choices\":[{\"index\":0,\"finish_reason\":\"length\"}]}",
            ChatCompletionChunk.class);

    assertTrue(chunk.choices().get(0).delta().content().isEmpty());
    assertEquals(FinishReason.LENGTH, chunk.choices().get(0).finishReason().orElseThrow());
  }

  @Test
  void parse_toolCallDeltas_readIndexIdAndArgumentFragments() {
    List<ChatCompletionChunk> all = chunks("chat-chunks-tools.txt");

    ToolCallDelta first = all.get(1).choices().get(0).delta().toolCalls().get(0);
    assertEquals(0, first.index());
    assertEquals("chatcmpl-tool-a", first.id().orElseThrow());
    assertEquals("get_weather", first.function().orElseThrow().name().orElseThrow());
    assertTrue(first.function().orElseThrow().arguments().isEmpty());
    ToolCallDelta fragment = all.get(2).choices().get(0).delta().toolCalls().get(0);
    assertEquals("{\"city\": ", fragment.function().orElseThrow().arguments().orElseThrow());
    assertTrue(fragment.id().isEmpty());
  }
}
