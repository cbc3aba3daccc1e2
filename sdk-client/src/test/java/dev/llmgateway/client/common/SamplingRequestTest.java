package dev.llmgateway.client.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.chat.ChatMessage;
import dev.llmgateway.client.chat.FunctionDefinition;
import dev.llmgateway.client.chat.ResponseFormat;
import dev.llmgateway.client.chat.Tool;
import dev.llmgateway.client.chat.ToolChoice;
import dev.llmgateway.client.completions.CompletionRequest;
import dev.llmgateway.client.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that the fields shared through {@link SamplingRequest} behave as if each request class
 * declared them itself: JSON order, parsing, equality and {@code toBuilder()}.
 */
class SamplingRequestTest {

  private static ChatCompletionRequest.Builder fullChat() {
    return ChatCompletionRequest.builder()
        .model("m")
        .addSystemMessage("s")
        .addMessage(ChatMessage.user("u"))
        .frequencyPenalty(0.5)
        .putLogitBias("42", -1.5)
        .maxTokens(100)
        .n(2)
        .presencePenalty(-0.5)
        .seed(7L)
        .stop(List.of("a", "b"))
        .stream(true)
        .streamOptions(StreamOptions.includingUsage())
        .temperature(0.7)
        .topP(0.9)
        .user("u1")
        .maxCompletionTokens(90)
        .logprobs(true)
        .topLogprobs(3)
        .responseFormat(ResponseFormat.ofJsonObject())
        .addTool(Tool.ofFunction(FunctionDefinition.builder().name("f").build()))
        .toolChoice(ToolChoice.REQUIRED)
        .parallelToolCalls(false)
        .reasoningEffort("low")
        .topK(40)
        .minP(0.05)
        .repetitionPenalty(1.1)
        .minTokens(1)
        .addStopTokenId(2)
        .ignoreEos(true)
        .skipSpecialTokens(false)
        .spacesBetweenSpecialTokens(true)
        .includeStopStrInOutput(true)
        .addBadWord("bad")
        .structuredOutputs(StructuredOutputs.ofRegex("[a-z]+"))
        .priority(-1)
        .promptLogprobs(1)
        .truncatePromptTokens(512)
        .requestId("r1")
        .putKvTransferParam("do_remote_prefill", true)
        .echo(true)
        .addGenerationPrompt(true)
        .continueFinalMessage(false)
        .addSpecialTokens(false)
        .chatTemplate("{{ messages }}")
        .putChatTemplateKwarg("enable_thinking", false)
        .putExtraBody("brand_new", 1);
  }

  private static CompletionRequest.Builder fullCompletion() {
    return CompletionRequest.builder()
        .model("m")
        .prompts(List.of("p1", "p2"))
        .frequencyPenalty(0.5)
        .putLogitBias("42", -1.5)
        .maxTokens(100)
        .n(2)
        .presencePenalty(-0.5)
        .seed(7L)
        .stop("END")
        .stream(false)
        .streamOptions(StreamOptions.includingUsage())
        .temperature(0.7)
        .topP(0.9)
        .user("u1")
        .bestOf(3)
        .echo(true)
        .logprobs(2)
        .suffix("!")
        .responseFormat(ResponseFormat.ofText())
        .addSpecialTokens(true)
        .topK(40)
        .minP(0.05)
        .repetitionPenalty(1.1)
        .minTokens(1)
        .addStopTokenId(2)
        .ignoreEos(true)
        .skipSpecialTokens(false)
        .spacesBetweenSpecialTokens(true)
        .includeStopStrInOutput(true)
        .addBadWord("bad")
        .structuredOutputs(StructuredOutputs.ofChoice(List.of("yes", "no")))
        .priority(-1)
        .promptLogprobs(1)
        .truncatePromptTokens(512)
        .requestId("r1")
        .putKvTransferParam("do_remote_prefill", true)
        .putExtraBody("brand_new", 1);
  }

  private static List<String> keysOf(String json) {
    return new ArrayList<>(Json.read(json, LinkedHashMap.class).keySet());
  }

  private static List<String> declaredOrderThen(Class<?> type, String extra) {
    List<String> keys =
        new ArrayList<>(List.of(type.getAnnotation(JsonPropertyOrder.class).value()));
    keys.add(extra);
    return keys;
  }

  @Test
  void write_everyChatField_inDeclaredOrderThenExtraBody() {
    String json = Json.writeString(fullChat().build());

    assertEquals(declaredOrderThen(ChatCompletionRequest.class, "brand_new"), keysOf(json));
  }

  @Test
  void write_everyCompletionField_inDeclaredOrderThenExtraBody() {
    String json = Json.writeString(fullCompletion().build());

    assertEquals(declaredOrderThen(CompletionRequest.class, "brand_new"), keysOf(json));
  }

  @Test
  void read_everyChatField_equalsBuiltValueAndWritesSameJson() {
    ChatCompletionRequest built = fullChat().build();
    String json = Json.writeString(built);

    ChatCompletionRequest parsed = Json.read(json, ChatCompletionRequest.class);

    assertEquals(built, parsed);
    assertEquals(built.hashCode(), parsed.hashCode());
    assertEquals(json, Json.writeString(parsed));
    assertEquals(40, parsed.topK().getAsInt());
    assertEquals(Map.of("brand_new", 1), parsed.extraBody());
  }

  @Test
  void read_everyCompletionField_equalsBuiltValueAndWritesSameJson() {
    CompletionRequest built = fullCompletion().build();
    String json = Json.writeString(built);

    CompletionRequest parsed = Json.read(json, CompletionRequest.class);

    assertEquals(built, parsed);
    assertEquals(built.hashCode(), parsed.hashCode());
    assertEquals(json, Json.writeString(parsed));
    assertEquals(List.of("p1", "p2"), parsed.prompts());
    assertEquals(List.of("END"), parsed.stop());
  }

  @Test
  void toBuilder_everyField_buildsEqualValue() {
    ChatCompletionRequest chat = fullChat().build();
    CompletionRequest completion = fullCompletion().build();

    assertEquals(chat, chat.toBuilder().build());
    assertEquals(Json.writeString(chat), Json.writeString(chat.toBuilder().build()));
    assertEquals(completion, completion.toBuilder().build());
    assertEquals(Json.writeString(completion), Json.writeString(completion.toBuilder().build()));
  }

  @Test
  void equals_sharedOrOwnFieldDiffers_notEqual() {
    ChatCompletionRequest chat = fullChat().build();
    CompletionRequest completion = fullCompletion().build();

    assertNotEquals(chat, chat.toBuilder().topK(41).build());
    assertNotEquals(chat, chat.toBuilder().putExtraBody("other", 2).build());
    assertNotEquals(chat, chat.toBuilder().reasoningEffort("high").build());
    assertNotEquals(completion, completion.toBuilder().minP(0.06).build());
    assertNotEquals(completion, completion.toBuilder().suffix("?").build());
  }

  @Test
  void read_collectionsOfBaseClass_unmodifiable() {
    ChatCompletionRequest parsed =
        Json.read(Json.writeString(fullChat().build()), ChatCompletionRequest.class);

    assertThrows(UnsupportedOperationException.class, () -> parsed.stopTokenIds().add(3));
    assertThrows(UnsupportedOperationException.class, () -> parsed.badWords().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> parsed.logitBias().put("1", 1.0));
    assertThrows(UnsupportedOperationException.class, () -> parsed.kvTransferParams().put("k", 1));
    assertThrows(UnsupportedOperationException.class, () -> parsed.extraBody().put("k", 1));
  }

  @Test
  void toBuilder_changeOnCopy_leavesOriginalUnchanged() {
    ChatCompletionRequest chat = fullChat().build();

    ChatCompletionRequest changed = chat.toBuilder().addStopTokenId(3).addBadWord("worse").build();

    assertEquals(List.of(2), chat.stopTokenIds());
    assertEquals(List.of("bad"), chat.badWords());
    assertEquals(List.of(2, 3), changed.stopTokenIds());
    assertEquals(List.of("bad", "worse"), changed.badWords());
  }
}
