package dev.llmgateway.client.completions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.Fixtures;
import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.common.StructuredOutputs;
import dev.llmgateway.client.internal.json.Json;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {

  @Test
  void parse_vllmCompletion_readsTextFinishUsage() {
    Completion c = Json.read(Fixtures.bytes("completion.json"), Completion.class);

    assertEquals("cmpl-9b8a7c6d", c.id());
    assertEquals("text_completion", c.object());
    CompletionChoice choice = c.choices().get(0);
    assertEquals(" Paris, a city", choice.text());
    assertEquals(FinishReason.LENGTH, choice.finishReason().orElseThrow());
    assertTrue(choice.stopReason().isEmpty());
    assertTrue(c.usage().orElseThrow().promptTokensDetails().isEmpty());
    assertEquals(11, c.usage().orElseThrow().totalTokens());
    assertTrue(choice.additionalProperties().containsKey("token_ids"));
  }

  @Test
  void parse_completionLogprobs_typedWithNullElements() {
    String json =
        "{\"choices\":[{\"index\":0,\"text\":\" a b\",\"logprobs\":{\"text_offset\":[0,2],"
            + "\"token_logprobs\":[null,-1.5],\"tokens\":[\" a\",\" b\"],"
            + "\"top_logprobs\":[null,{\" b\":-1.5}]}}]}";

    Completion c = Json.read(json, Completion.class);
    CompletionLogprobs lp = c.choices().get(0).logprobs().orElseThrow();

    assertEquals(List.of(0, 2), lp.textOffset());
    assertEquals(Arrays.asList(null, -1.5), lp.tokenLogprobs());
    assertEquals(List.of(" a", " b"), lp.tokens());
    assertEquals(-1.5, lp.topLogprobs().get(1).get(" b"));
    assertEquals(c, c.toBuilder().build(), "null elements survive toBuilder");
    assertEquals(json, Json.writeString(c));
  }

  @Test
  void accumulate_streamChunks_mergesTextStopStringAndUsage() {
    CompletionAccumulator acc = CompletionAccumulator.create();
    for (String line : Fixtures.lines("completion-chunks.txt")) {
      acc.accept(Json.read(line, Completion.class));
    }

    Completion c = acc.build();

    assertTrue(acc.isFinished());
    assertEquals("cmpl-s2", c.id());
    assertEquals(" Paris, France", c.choices().get(0).text());
    assertEquals(FinishReason.STOP, c.choices().get(0).finishReason().orElseThrow());
    assertEquals("\n", c.choices().get(0).stopReason().orElseThrow().text().orElseThrow());
    assertEquals(8, c.usage().orElseThrow().totalTokens());
  }

  @Test
  void write_prompt_singleStringByDefault() {
    CompletionRequest request =
        CompletionRequest.builder()
            .model("/gcs/google/gemma-3-1b-it")
            .prompt("The capital of France is")
            .maxTokens(5)
            .build();

    assertEquals(
        "{\"model\":\"/gcs/google/gemma-3-1b-it\",\"prompt\":\"The capital of France is\","
            + "\"max_tokens\":5}",
        Json.writeString(request));
    assertEquals("The capital of France is", request.prompt().orElseThrow());
  }

  @Test
  void write_prompts_arrayOnlyWhenAskedFor() {
    CompletionRequest request =
        CompletionRequest.builder().model("m").prompts(List.of("a", "b")).build();

    assertEquals("{\"model\":\"m\",\"prompt\":[\"a\",\"b\"]}", Json.writeString(request));
    assertTrue(request.prompt().isEmpty());
    assertEquals(List.of("a", "b"), request.prompts());
  }

  @Test
  void write_vllmExtrasAndStreamFlag_vllmNamesNoGuidedFields() {
    CompletionRequest request =
        CompletionRequest.builder()
            .model("m")
            .prompt("p")
            .topK(5)
            .structuredOutputs(StructuredOutputs.ofRegex("[0-9]+"))
            .build()
            .toBuilder()
            .stream(true)
            .build();

    String json = Json.writeString(request);

    assertEquals(
        "{\"model\":\"m\",\"prompt\":\"p\",\"stream\":true,\"top_k\":5,"
            + "\"structured_outputs\":{\"regex\":\"[0-9]+\"}}",
        json);
  }

  @Test
  void build_invalidFields_messagesNameField() {
    assertEquals(
        "model must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> CompletionRequest.builder().prompt("p").build())
            .getMessage());
    assertEquals(
        "prompt must be set",
        assertThrows(
                IllegalArgumentException.class,
                () -> CompletionRequest.builder().model("m").build())
            .getMessage());
    assertEquals(
        "prompts must not be empty",
        assertThrows(
                IllegalArgumentException.class,
                () -> CompletionRequest.builder().model("m").prompts(List.of()).build())
            .getMessage());
    assertEquals(
        "maxTokens must be >= 1 but was -5",
        assertThrows(
                IllegalArgumentException.class,
                () -> CompletionRequest.builder().model("m").prompt("p").maxTokens(-5).build())
            .getMessage());
  }
}
