package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.client.common.StreamOptions;
import dev.llmgateway.client.internal.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ToolAndFormatValuesTest {

  @Test
  void build_toolAndToolCallWithoutType_sendFunctionType() {
    ToolCall call = ToolCall.builder().id("c").function(FunctionCall.of("f", "{}")).build();
    Tool tool = Tool.ofFunction(FunctionDefinition.builder().name("f").build());

    assertEquals(
        "{\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}",
        Json.writeString(call));
    assertEquals("{\"type\":\"function\",\"function\":{\"name\":\"f\"}}", Json.writeString(tool));
    assertEquals("custom", call.toBuilder().type("custom").build().type());
  }

  @Test
  void parseWriteParse_requestToolsFormatsAndParts_unknownFieldsAndNullsSurvive() {
    String json =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"u\",\"detail\":\"low\",\"ix\":1},"
            + "\"px\":2}]}],"
            + "\"stream_options\":{\"include_usage\":true,\"sx\":[1]},"
            + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\","
            + "\"parameters\":{\"type\":\"object\",\"default\":null},\"strict\":false,\"fx\":3},"
            + "\"tx\":\"t\"}],"
            + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"s\","
            + "\"schema\":{\"type\":\"object\"},\"jx\":{}},\"rx\":null}}";

    ChatCompletionRequest first = Json.read(json, ChatCompletionRequest.class);
    ChatCompletionRequest second = Json.read(Json.write(first), ChatCompletionRequest.class);

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(Json.writeString(first), Json.writeString(second));
    FunctionDefinition fn = second.tools().get(0).function();
    assertEquals(3, fn.additionalProperties().get("fx"));
    assertEquals(false, fn.strict().orElseThrow());
    assertEquals(
        Map.of("type", "object"),
        second.responseFormat().orElseThrow().jsonSchema().orElseThrow().schema());
    assertEquals(
        "low",
        second
            .messages()
            .get(0)
            .contentParts()
            .get(0)
            .imageUrl()
            .orElseThrow()
            .detail()
            .orElseThrow());
    assertEquals(true, second.streamOptions().orElseThrow().includeUsage().orElseThrow());
  }

  @Test
  void build_missingRequiredField_messageNamesField() {
    assertMessage(
        IllegalArgumentException.class, "url must not be blank", ImageUrl.builder()::build);
    assertMessage(
        IllegalArgumentException.class, "type must not be blank", ContentPart.builder()::build);
    assertMessage(
        NullPointerException.class,
        "arguments must not be null",
        FunctionCall.builder().name("f")::build);
    assertMessage(NullPointerException.class, "id must not be null", ToolCall.builder()::build);
    assertMessage(NullPointerException.class, "function must not be null", Tool.builder()::build);
    assertMessage(
        IllegalArgumentException.class,
        "name must not be blank",
        FunctionDefinition.builder().description("d")::build);
    assertMessage(
        IllegalArgumentException.class, "name must not be blank", JsonSchema.builder()::build);
    assertMessage(
        IllegalArgumentException.class, "mode must not be blank", () -> ToolChoice.of(""));
  }

  @Test
  void toolChoice_modesAndFunctions_compareByValue() {
    assertSame(ToolChoice.AUTO, ToolChoice.of("auto"));
    assertEquals(ToolChoice.function("f"), ToolChoice.function("f"));
    assertEquals(ToolChoice.function("f").hashCode(), ToolChoice.function("f").hashCode());
    assertNotEquals(ToolChoice.function("f"), ToolChoice.of("f"));
    assertEquals("function:f", ToolChoice.function("f").toString());
    assertEquals("future", ToolChoice.of("future").toString());
  }

  @Test
  void toBuilder_parsedStreamOptions_buildsEqualValue() {
    StreamOptions parsed =
        Json.read("{\"continuous_usage_stats\":true,\"x\":null}", StreamOptions.class);

    assertEquals(parsed, parsed.toBuilder().build());
    assertEquals("StreamOptions{\"continuous_usage_stats\":true,\"x\":null}", parsed.toString());
  }

  private static void assertMessage(
      Class<? extends Throwable> type, String message, Executable call) {
    assertEquals(message, assertThrows(type, call).getMessage());
  }
}
