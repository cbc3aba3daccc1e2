package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.models.Model;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A protocol check with a client nobody here wrote: the official OpenAI Java SDK completes chat,
 * completions, models and streaming calls against the emulator and validates every response.
 */
class OpenAiProtocolTest {
  private static final String MODEL = "/gcs/google/gemma-3-1b-it";

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () ->
              GatewayEmulator.builder()
                  .addModel(
                      EmulatedModel.builder().name(MODEL).addLoraAdapter("food-review").build()));

  private static OpenAIClient openAi;

  @BeforeAll
  static void client(GatewayEmulator emulator) {
    openAi =
        OpenAIOkHttpClient.builder()
            .baseUrl(emulator.baseUrl() + "/v1")
            .apiKey("unused")
            .maxRetries(0)
            .build();
  }

  @AfterAll
  static void close() {
    openAi.close();
  }

  @Test
  void chat_isParsedAndValidated() {
    ChatCompletion c =
        openAi
            .chat()
            .completions()
            .create(
                ChatCompletionCreateParams.builder()
                    .model(MODEL)
                    .addUserMessage("Name a French city.")
                    .maxCompletionTokens(3)
                    .build());

    c.validate();
    assertEquals("Name a French", c.choices().get(0).message().content().orElseThrow());
    assertEquals(ChatCompletion.Choice.FinishReason.LENGTH, c.choices().get(0).finishReason());
    assertEquals(3, c.usage().orElseThrow().completionTokens());
  }

  @Test
  void chatStream_withUsage_everyChunkIsValidated() {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(MODEL)
            .addUserMessage("Paris is lovely.")
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    List<ChatCompletionChunk> chunks;
    try (StreamResponse<ChatCompletionChunk> s =
        openAi.chat().completions().createStreaming(params)) {
      chunks = s.stream().collect(Collectors.toList());
    }

    chunks.forEach(ChatCompletionChunk::validate);
    String text =
        chunks.stream()
            .flatMap(c -> c.choices().stream())
            .map(ch -> ch.delta().content().orElse(""))
            .collect(Collectors.joining());
    assertEquals("Paris is lovely.", text);
    assertEquals(4, chunks.get(chunks.size() - 1).usage().orElseThrow().completionTokens());
  }

  @Test
  void completion_andItsStream_areParsedAndValidated() {
    CompletionCreateParams params =
        CompletionCreateParams.builder().model("food-review").prompt("Great pasta here").build();

    Completion k = openAi.completions().create(params);
    List<Completion> chunks;
    try (StreamResponse<Completion> s = openAi.completions().createStreaming(params)) {
      chunks = s.stream().collect(Collectors.toList());
    }

    k.validate();
    assertEquals("Great pasta here", k.choices().get(0).text());
    assertEquals("food-review", k.model());
    // vLLM, like OpenAI's legacy endpoint, sends finish_reason null until the last chunk, which
    // openai-java's validate() does not allow in a Completion; the last chunk validates.
    chunks.get(chunks.size() - 1).validate();
    assertEquals(
        "Great pasta here",
        chunks.stream().map(c -> c.choices().get(0).text()).collect(Collectors.joining()));
  }

  @Test
  void models_areParsedAndValidated() {
    List<Model> models = openAi.models().list().data();

    models.forEach(Model::validate);
    assertEquals(
        List.of(MODEL, "food-review"), models.stream().map(Model::id).collect(Collectors.toList()));
    assertTrue(models.stream().allMatch(m -> m.ownedBy().equals("vllm")));
  }
}
