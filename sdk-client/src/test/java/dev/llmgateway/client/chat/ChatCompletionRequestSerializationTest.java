package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.common.StreamOptions;
import dev.llmgateway.client.common.StructuredOutputs;
import dev.llmgateway.client.internal.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatCompletionRequestSerializationTest {

  private static ChatCompletionRequest.Builder minimal() {
    return ChatCompletionRequest.builder().model("m").addUserMessage("hi");
  }

  @Test
  void write_typicalRequest_exactJson() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("/gcs/google/gemma-3-1b-it")
            .addSystemMessage("Answer in one word.")
            .addUserMessage("What is the capital of France?")
            .maxTokens(10)
            .temperature(0.2)
            .build();

    assertEquals(
        "{\"model\":\"/gcs/google/gemma-3-1b-it\",\"messages\":["
            + "{\"role\":\"system\",\"content\":\"Answer in one word.\"},"
            + "{\"role\":\"user\",\"content\":\"What is the capital of France?\"}],"
            + "\"max_tokens\":10,\"temperature\":0.2}",
        Json.writeString(request));
  }

  @Test
  void write_unsetFields_absent() {
    String json = Json.writeString(minimal().build());

    assertEquals("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", json);
  }

  @Test
  void write_streamSetByRuntime_addsStreamAndOptions() {
    ChatCompletionRequest request = minimal().build();

    ChatCompletionRequest streaming =
        request.toBuilder().stream(true).streamOptions(StreamOptions.includingUsage()).build();

    assertEquals(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
            + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}",
        Json.writeString(streaming));
    assertTrue(request.stream().isEmpty(), "the original request is unchanged");
  }

  @Test
  void write_extraBody_mergedAtTopLevelAfterTypedFields() {
    String json =
        Json.writeString(
            minimal()
                .maxTokens(5)
                .putExtraBody("thinking_budget", 128)
                .putExtraBody("vllm_xargs", Map.of("a", "b"))
                .build());

    assertEquals(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
            + "\"max_tokens\":5,\"thinking_budget\":128,\"vllm_xargs\":{\"a\":\"b\"}}",
        json);
  }

  @Test
  void write_structuredOutputs_neverGuidedFields() {
    String json =
        Json.writeString(
            minimal()
                .structuredOutputs(StructuredOutputs.ofChoice(List.of("positive", "negative")))
                .build());

    assertTrue(
        json.endsWith(",\"structured_outputs\":{\"choice\":[\"positive\",\"negative\"]}}"), json);
    assertFalse(json.contains("guided_"), json);
  }

  @Test
  void write_stopStringOrList_keepsForm() {
    assertTrue(Json.writeString(minimal().stop("\n").build()).contains("\"stop\":\"\\n\""));
    assertTrue(
        Json.writeString(minimal().stop(List.of("a", "b")).build())
            .contains("\"stop\":[\"a\",\"b\"]"));
    assertEquals(List.of("a", "b"), minimal().stop(List.of("a", "b")).build().stop());
  }

  @Test
  void write_toolsToolChoiceAndJsonSchema_openAiShapes() {
    FunctionDefinition fn =
        FunctionDefinition.builder()
            .name("get_weather")
            .description("Weather of a city")
            .parameters(Map.of("type", "object", "required", List.of("city")))
            .build();
    ChatCompletionRequest request =
        minimal()
            .addTool(Tool.ofFunction(fn))
            .toolChoice(ToolChoice.function("get_weather"))
            .responseFormat(
                ResponseFormat.ofJsonSchema(
                    JsonSchema.builder()
                        .name("answer")
                        .schema(Map.of("type", "object"))
                        .strict(true)
                        .build()))
            .build();

    String json = Json.writeString(request);

    assertTrue(
        json.contains(
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
                + "\"description\":\"Weather of a city\",\"parameters\":{"),
        json);
    assertTrue(
        json.contains(
            "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}"),
        json);
    assertTrue(
        json.contains(
            "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"answer\","
                + "\"schema\":{\"type\":\"object\"},\"strict\":true}}"),
        json);
    assertTrue(
        Json.writeString(minimal().toolChoice(ToolChoice.AUTO).build())
            .contains("\"tool_choice\":\"auto\""));
  }

  @Test
  void write_imagePartsAndToolMessages_openAiShapes() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("m")
            .addMessage(
                ChatMessage.user(
                    List.of(
                        ContentPart.ofText("What is this?"),
                        ContentPart.ofImageUrl("data:image/png;base64,AAAA"))))
            .addMessage(
                ChatMessage.builder()
                    .role(Role.ASSISTANT)
                    .addToolCall(ToolCall.ofFunction("call-1", "f", "{}"))
                    .build())
            .addMessage(ChatMessage.tool("call-1", "42"))
            .build();

    assertEquals(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
            + "{\"type\":\"text\",\"text\":\"What is this?\"},"
            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,AAAA\"}}]},"
            + "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call-1\",\"type\":\"function\","
            + "\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
            + "{\"role\":\"tool\",\"content\":\"42\",\"tool_call_id\":\"call-1\"}]}",
        Json.writeString(request));
    assertEquals("What is this?", request.messages().get(0).content().orElseThrow());
  }

  @Test
  void write_vllmExtras_useVllmNames() {
    String json =
        Json.writeString(
            minimal()
                .topK(20)
                .minP(0.05)
                .repetitionPenalty(1.1)
                .minTokens(2)
                .priority(-1)
                .skipSpecialTokens(false)
                .includeStopStrInOutput(true)
                .ignoreEos(false)
                .addGenerationPrompt(true)
                .continueFinalMessage(false)
                .echo(false)
                .putChatTemplateKwarg("enable_thinking", false)
                .build());

    assertTrue(
        json.endsWith(
            ",\"top_k\":20,\"min_p\":0.05,\"repetition_penalty\":1.1,\"min_tokens\":2,"
                + "\"ignore_eos\":false,\"skip_special_tokens\":false,"
                + "\"include_stop_str_in_output\":true,\"priority\":-1,\"echo\":false,"
                + "\"add_generation_prompt\":true,\"continue_final_message\":false,"
                + "\"chat_template_kwargs\":{\"enable_thinking\":false}}"),
        json);
  }

  @Test
  void read_requestJson_roundTripsWithUnknownFields() {
    String json =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\","
            + "\"text\":\"hi\"}]}],\"max_tokens\":3,\"stop\":[\"x\"],"
            + "\"tool_choice\":\"required\",\"brand_new_param\":{\"k\":[1,2]}}";

    ChatCompletionRequest request = Json.read(json, ChatCompletionRequest.class);

    assertEquals("m", request.model());
    assertEquals("hi", request.messages().get(0).content().orElseThrow());
    assertEquals(List.of("x"), request.stop());
    assertEquals(ToolChoice.REQUIRED, request.toolChoice().orElseThrow());
    assertEquals(Map.of("k", List.of(1, 2)), request.extraBody().get("brand_new_param"));
    assertEquals(json, Json.writeString(request));
  }
}
