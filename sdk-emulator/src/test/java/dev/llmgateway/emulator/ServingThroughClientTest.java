package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.common.StreamOptions;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.completions.CompletionRequest;
import dev.llmgateway.client.errors.BadRequestException;
import dev.llmgateway.client.errors.NotFoundException;
import dev.llmgateway.client.models.Model;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The serving path end to end, driven only through sdk-client. */
class ServingThroughClientTest {
  static final String MODEL = "/gcs/google/gemma-3-1b-it";
  static final String QUESTION = "What is the capital of France?";

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () ->
              GatewayEmulator.builder()
                  .addModel(
                      EmulatedModel.builder()
                          .name(MODEL)
                          .addLoraAdapter("food-review")
                          .maxModelLen(64)
                          .build())
                  .addModel("meta-llama/Llama-3.1-8B-Instruct"));

  private static ChatCompletionRequest.Builder chat(String model) {
    return ChatCompletionRequest.builder().model(model).addUserMessage(QUESTION);
  }

  @Test
  void chat_echoMode_answersTheLastUserMessageWithUsage(GatewayClient client) {
    ChatCompletion c =
        client
            .chat()
            .create(
                ChatCompletionRequest.builder()
                    .model(MODEL)
                    .addSystemMessage("Be brief.")
                    .addUserMessage(QUESTION)
                    .build());

    assertEquals("chat.completion", c.object());
    assertTrue(c.id().startsWith("chatcmpl-"), c.id());
    assertEquals(MODEL, c.model());
    assertEquals(QUESTION, c.choices().get(0).message().content().orElseThrow());
    assertEquals(FinishReason.STOP, c.choices().get(0).finishReason().orElseThrow());
    // "What"," is"," the"," capital"," of"," France","?" = 7 tokens.
    assertEquals(7, c.usage().orElseThrow().completionTokens());
    assertEquals(c.usage().orElseThrow().promptTokens() + 7, c.usage().orElseThrow().totalTokens());
  }

  @Test
  void chat_maxTokens_cutsTheAnswerWithFinishReasonLength(GatewayClient client) {
    ChatCompletion c = client.chat().create(chat(MODEL).maxTokens(3).build());

    assertEquals("What is the", c.choices().get(0).message().content().orElseThrow());
    assertEquals(FinishReason.LENGTH, c.choices().get(0).finishReason().orElseThrow());
    assertEquals(3, c.usage().orElseThrow().completionTokens());
  }

  @Test
  void chat_stopString_endsTheAnswerBeforeIt(GatewayClient client) {
    ChatCompletion c = client.chat().create(chat(MODEL).stop(" capital").build());

    assertEquals("What is the", c.choices().get(0).message().content().orElseThrow());
    assertEquals(FinishReason.STOP, c.choices().get(0).finishReason().orElseThrow());
    assertEquals(" capital", c.choices().get(0).stopReason().orElseThrow().text().orElseThrow());
  }

  @Test
  void chat_loraAdapter_isServedUnderItsName(GatewayClient client) {
    ChatCompletion c = client.chat().create(chat("food-review").build());

    assertEquals("food-review", c.model());
    assertEquals(QUESTION, c.choices().get(0).message().content().orElseThrow());
  }

  @Test
  void chat_modelNameRewrite_sendsTheCallForTheTargetModel(GatewayClient client) {
    ChatCompletion c =
        client
            .chat()
            .create(
                chat("alias-the-server-does-not-know").build(),
                RequestOptions.builder().modelNameRewrite("food-review").build());

    assertEquals("food-review", c.model());
  }

  @Test
  void chat_secondModel_isRoutedToItsOwnPool(GatewayClient client) {
    ChatCompletion c = client.chat().create(chat("meta-llama/Llama-3.1-8B-Instruct").build());

    assertEquals("meta-llama/Llama-3.1-8B-Instruct", c.model());
  }

  @Test
  void chatStream_withUsage_sendsRoleChunkDeltasFinishAndUsageChunk(GatewayClient client) {
    ChatCompletionRequest request =
        chat(MODEL).streamOptions(StreamOptions.includingUsage()).build();
    List<ChatCompletionChunk> chunks;
    try (StreamResponse<ChatCompletionChunk> s = client.chat().stream(request)) {
      chunks = s.stream().collect(Collectors.toList());
    }

    assertEquals("assistant", chunks.get(0).choices().get(0).delta().role().orElseThrow().value());
    assertEquals("", chunks.get(0).choices().get(0).delta().content().orElseThrow());
    String text =
        chunks.stream()
            .flatMap(c -> c.choices().stream())
            .map(ch -> ch.delta().content().orElse(""))
            .collect(Collectors.joining());
    assertEquals(QUESTION, text);
    ChatCompletionChunk finish = chunks.get(chunks.size() - 2);
    assertEquals(FinishReason.STOP, finish.choices().get(0).finishReason().orElseThrow());
    ChatCompletionChunk last = chunks.get(chunks.size() - 1);
    assertTrue(last.choices().isEmpty());
    assertEquals(7, last.usage().orElseThrow().completionTokens());
    // role chunk + 7 deltas + finish chunk + usage chunk
    assertEquals(10, chunks.size());
  }

  @Test
  void completions_default_answersSixteenTokensAtMost(GatewayClient client) {
    String prompt =
        "one two three four five six seven eight nine ten eleven twelve thirteen"
            + " fourteen fifteen sixteen seventeen";
    Completion k =
        client
            .completions()
            .create(CompletionRequest.builder().model(MODEL).prompt(prompt).build());

    assertEquals("text_completion", k.object());
    assertTrue(k.id().startsWith("cmpl-"), k.id());
    assertEquals(prompt.substring(0, prompt.indexOf(" seventeen")), k.choices().get(0).text());
    assertEquals(FinishReason.LENGTH, k.choices().get(0).finishReason().orElseThrow());
    assertEquals(17, k.usage().orElseThrow().promptTokens());
    assertEquals(16, k.usage().orElseThrow().completionTokens());
  }

  @Test
  void models_list_showsBaseModelsAndAdaptersWithParent(GatewayClient client) {
    List<Model> models = client.models().list();

    List<String> ids = models.stream().map(Model::id).collect(Collectors.toList());
    assertEquals(List.of(MODEL, "food-review", "meta-llama/Llama-3.1-8B-Instruct"), ids);
    assertEquals(64, models.get(0).maxModelLen().orElseThrow());
    assertFalse(models.get(0).parent().isPresent());
    assertEquals(MODEL, models.get(1).parent().orElseThrow());
    assertEquals("vllm", models.get(1).ownedBy().orElseThrow());
  }

  @Test
  void chat_unknownModel_throwsNotFoundException(GatewayClient client) {
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> client.chat().create(chat("nope").build()));

    assertEquals(404, e.statusCode());
    assertTrue(e.rawBody().contains("The model `nope` does not exist."), e.rawBody());
  }

  @Test
  void chat_promptPlusMaxTokensOverContext_throwsBadRequestForMaxTokens(GatewayClient client) {
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () -> client.chat().create(chat(MODEL).maxTokens(60).build()));

    assertEquals(400, e.statusCode());
    assertTrue(e.contextLengthExceeded());
    assertEquals("max_tokens", e.param().orElseThrow());
  }

  @Test
  void chat_promptOverContext_throwsBadRequestForInputTokens(GatewayClient client) {
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () ->
                client
                    .chat()
                    .create(
                        ChatCompletionRequest.builder()
                            .model(MODEL)
                            .addUserMessage("word ".repeat(80))
                            .build()));

    assertTrue(e.contextLengthExceeded());
    assertEquals("input_tokens", e.param().orElseThrow());
  }
}
