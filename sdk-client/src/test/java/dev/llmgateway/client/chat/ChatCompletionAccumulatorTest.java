package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.Fixtures;
import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.internal.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatCompletionAccumulatorTest {

  private static ChatCompletionAccumulator feed(String fixture) {
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
    for (String line : Fixtures.lines(fixture)) {
      acc.accept(Json.read(line, ChatCompletionChunk.class));
    }
    return acc;
  }

  @Test
  void build_contentAndReasoningChunks_mergesTextRoleFinishAndUsage() {
    ChatCompletionAccumulator acc = feed("chat-chunks.txt");

    ChatCompletion c = acc.build();

    assertEquals("chatcmpl-s1", c.id());
    assertEquals("chat.completion", c.object());
    assertEquals(1764140001L, c.created().getAsLong());
    assertEquals("/gcs/google/gemma-3-1b-it", c.model());
    assertEquals(1, c.choices().size());
    ChatMessage m = c.choices().get(0).message();
    assertEquals(Role.ASSISTANT, m.role());
    assertEquals("The capital is Paris.", m.content().orElseThrow());
    assertEquals("Thinking.", m.reasoning().orElseThrow());
    assertEquals(FinishReason.STOP, c.choices().get(0).finishReason().orElseThrow());
    assertEquals(
        Usage.builder().promptTokens(17).completionTokens(7).totalTokens(24).build(),
        c.usage().orElseThrow());
    assertEquals(7, acc.chunkCount());
    assertTrue(acc.isFinished());
  }

  @Test
  void build_toolCallChunks_mergesByIndexWithIdNameAndArguments() {
    ChatCompletion c = feed("chat-chunks-tools.txt").build();

    ChatChoice choice = c.choices().get(0);
    assertEquals(FinishReason.TOOL_CALLS, choice.finishReason().orElseThrow());
    assertEquals(128008, choice.stopReason().orElseThrow().tokenId().getAsInt());
    List<ToolCall> calls = choice.message().toolCalls();
    assertEquals(
        List.of(
            ToolCall.ofFunction("chatcmpl-tool-a", "get_weather", "{\"city\": \"Paris\"}"),
            ToolCall.ofFunction("chatcmpl-tool-b", "get_time", "{\"tz\": \"CET\"}")),
        calls);
    assertTrue(choice.message().content().isEmpty(), "empty content with tool calls is null");
    assertEquals(230, c.usage().orElseThrow().totalTokens());
  }

  @Test
  void build_nameSplitAcrossChunksAndRepeatedId_concatenatesNameOnce() {
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
    acc.accept(toolChunk("{\"index\":0,\"id\":\"c1\",\"function\":{\"name\":\"get_\"}}"));
    acc.accept(
        toolChunk(
            "{\"index\":0,\"id\":\"c1\",\"function\":{\"name\":\"weather\",\"arguments\":\"{}\"}}"));

    ToolCall call = acc.build().choices().get(0).message().toolCalls().get(0);

    assertEquals("c1", call.id());
    assertEquals("get_weather", call.function().name());
    assertEquals("{}", call.function().arguments());
  }

  @Test
  void build_twoChoices_keepsFinishReasonPerIndexInOrder() {
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
    acc.accept(choiceChunk(1, "b", null));
    acc.accept(choiceChunk(0, "a", null));
    acc.accept(choiceChunk(0, "!", "stop"));
    assertFalse(acc.isFinished());
    acc.accept(choiceChunk(1, "?", "length"));

    ChatCompletion c = acc.build();

    assertTrue(acc.isFinished());
    assertEquals(0, c.choices().get(0).index());
    assertEquals("a!", c.choices().get(0).message().content().orElseThrow());
    assertEquals(FinishReason.STOP, c.choices().get(0).finishReason().orElseThrow());
    assertEquals("b?", c.choices().get(1).message().content().orElseThrow());
    assertEquals(FinishReason.LENGTH, acc.finishReason(1).orElseThrow());
  }

  @Test
  void build_chunksWithLogprobs_appendsTokensInOrder() {
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
    acc.accept(logprobChunk("Hel", -0.1));
    acc.accept(logprobChunk("lo", -0.2));

    ChatLogprobs logprobs = acc.build().choices().get(0).logprobs().orElseThrow();

    assertEquals(2, logprobs.content().size());
    assertEquals("Hel", logprobs.content().get(0).token());
    assertEquals(-0.2, logprobs.content().get(1).logprob());
    assertEquals("Hello", acc.build().choices().get(0).message().content().orElseThrow());
  }

  @Test
  void build_noChunks_emptyUnfinishedCompletion() {
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();

    assertTrue(acc.build().choices().isEmpty());
    assertFalse(acc.isFinished());
    assertTrue(acc.usage().isEmpty());
  }

  private static ChatCompletionChunk logprobChunk(String token, double logprob) {
    return Json.read(
        "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
            + token
            + "\"},\"logprobs\":{\"content\":[{\"token\":\""
            + token
            + "\",\"logprob\":"
            + logprob
            + ",\"top_logprobs\":[]}]}}]}",
        ChatCompletionChunk.class);
  }

  private static ChatCompletionChunk toolChunk(String toolCallJson) {
    return Json.read(
        "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[" + toolCallJson + "]}}]}",
        ChatCompletionChunk.class);
  }

  private static ChatCompletionChunk choiceChunk(int index, String text, String finish) {
    String f = finish == null ? "null" : "\"" + finish + "\"";
    return Json.read(
        "{\"choices\":[{\"index\":"
            + index
            + ",\"delta\":{\"content\":\""
            + text
            + "\"},\"finish_reason\":"
            + f
            + "}]}",
        ChatCompletionChunk.class);
  }
}
