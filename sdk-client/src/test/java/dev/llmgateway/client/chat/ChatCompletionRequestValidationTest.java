package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.client.common.StructuredOutputs;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatCompletionRequestValidationTest {

  static Stream<Arguments> invalid() {
    return Stream.of(
        bad("model must not be blank", b -> b.model(" ")),
        bad("maxTokens must be >= 1 but was -1", b -> b.maxTokens(-1)),
        bad("maxCompletionTokens must be >= 1 but was 0", b -> b.maxCompletionTokens(0)),
        bad("n must be >= 1 but was 0", b -> b.n(0)),
        bad("temperature must be between 0 and 2 but was 2.5", b -> b.temperature(2.5)),
        bad("temperature must be between 0 and 2 but was NaN", b -> b.temperature(Double.NaN)),
        bad("topP must be > 0 and <= 1 but was 0.0", b -> b.topP(0)),
        bad("topP must be > 0 and <= 1 but was 1.5", b -> b.topP(1.5)),
        bad("presencePenalty must be between -2 and 2 but was -3.0", b -> b.presencePenalty(-3)),
        bad("frequencyPenalty must be between -2 and 2 but was 2.1", b -> b.frequencyPenalty(2.1)),
        bad("topLogprobs must be between 0 and 20 but was 21", b -> b.topLogprobs(21)),
        bad("topK must be >= -1 but was -2", b -> b.topK(-2)),
        bad("minP must be between 0 and 1 but was 1.5", b -> b.minP(1.5)),
        bad("repetitionPenalty must be > 0 but was 0.0", b -> b.repetitionPenalty(0)),
        bad("minTokens must be >= 0 but was -1", b -> b.minTokens(-1)),
        bad("minTokens must be <= maxTokens but was 9 > 3", b -> b.minTokens(9).maxTokens(3)),
        bad(
            "logitBias[50256] must be between -100 and 100 but was 101.0",
            b -> b.putLogitBias("50256", 101.0)),
        bad(
            "extraBody key 'temperature' duplicates a typed property; use its builder method",
            b -> b.putExtraBody("temperature", 1)),
        bad(
            "extraBody key 'guided_json' is not allowed: vLLM >= 0.12 ignores guided_* fields;"
                + " use structuredOutputs(..)",
            b -> b.putExtraBody("guided_json", "{}")));
  }

  private static Arguments bad(
      String message, UnaryOperator<ChatCompletionRequest.Builder> change) {
    return Arguments.of(message, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void build_invalidField_messageNamesField(
      String message, UnaryOperator<ChatCompletionRequest.Builder> change) {
    ChatCompletionRequest.Builder b =
        ChatCompletionRequest.builder().model("m").addUserMessage("hi");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> change.apply(b).build());

    assertEquals(message, e.getMessage());
  }

  @Test
  void build_nullModel_messageNamesModel() {
    ChatCompletionRequest.Builder b = ChatCompletionRequest.builder().addUserMessage("hi");

    Exception e = assertThrows(IllegalArgumentException.class, b::build);

    assertEquals("model must not be blank", e.getMessage());
  }

  @Test
  void build_noMessages_messageNamesMessages() {
    ChatCompletionRequest.Builder b = ChatCompletionRequest.builder().model("m");

    Exception e = assertThrows(IllegalArgumentException.class, b::build);

    assertEquals("messages must not be empty", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.messages(List.of()).build(), "empty list");
  }

  @Test
  void build_messageWithoutRole_messageNamesRole() {
    Exception e = assertThrows(NullPointerException.class, () -> ChatMessage.builder().build());

    assertEquals("role must not be null", e.getMessage());
  }

  @Test
  void build_twoStructuredOutputConstraints_rejected() {
    Exception e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StructuredOutputs.builder().regex("a+").grammar("root ::= \"a\"").build());

    assertEquals(
        "structuredOutputs must set at most one of json, regex, choice, grammar, jsonObject,"
            + " structuralTag but set 2",
        e.getMessage());
  }

  @Test
  void build_jsonSchemaFormatWithoutSchema_rejected() {
    Exception e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ResponseFormat.builder().type("json_schema").build());

    assertEquals("jsonSchema must be set when type is json_schema", e.getMessage());
  }

  @Test
  void tool_blankToolCallId_rejected() {
    Exception e = assertThrows(IllegalArgumentException.class, () -> ChatMessage.tool(" ", "x"));

    assertEquals("toolCallId must not be blank", e.getMessage());
  }
}
