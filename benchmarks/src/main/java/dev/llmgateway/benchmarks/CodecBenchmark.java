package dev.llmgateway.benchmarks;

import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.chat.ChunkChoice;
import dev.llmgateway.client.internal.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Diagnostics without HTTP: the JSON work of one call of each client on the same fixed bodies.
 *
 * <p>{@code *Completion} builds and serializes the request and parses the non-streaming body;
 * {@code *Chunks} parses the 201 chunk payloads of the stream and reads each text. Subtract these
 * from the HTTP benchmarks to see what the transport path of each client costs. sdk-client's
 * internal {@code Json} helper is what its services call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
public class CodecBenchmark {

  private final byte[] completion = VllmBodies.chatCompletion();
  private final List<byte[]> chunks = chunkPayloads();
  private final JsonMapper tree = JsonMapper.builder().build();
  private final com.fasterxml.jackson.databind.json.JsonMapper openAi = ObjectMappers.jsonMapper();

  /** Creates the benchmark; JMH instantiates it. */
  public CodecBenchmark() {}

  /**
   * sdk-client: request built and serialized, body parsed into {@link ChatCompletion}.
   *
   * @return the content
   */
  @Benchmark
  public String gatewayClientCompletion() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.MAX_TOKENS)
            .build();
    byte[] json = Json.write(request);
    ChatCompletion c = Json.read(completion, ChatCompletion.class);
    return c.choices().get(0).message().content().orElse("") + json.length;
  }

  /**
   * openai-java: params built and serialized with its mapper, body parsed into its model.
   *
   * @return the content
   * @throws IOException never for the fixed bodies
   */
  @Benchmark
  @SuppressWarnings("deprecation")
  public String openAiJavaCompletion() throws IOException {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.MAX_TOKENS)
            .build();
    byte[] json = openAi.writeValueAsBytes(params._body());
    com.openai.models.chat.completions.ChatCompletion c =
        openAi.readValue(completion, com.openai.models.chat.completions.ChatCompletion.class);
    return c.choices().get(0).message().content().orElse("") + json.length;
  }

  /**
   * Jackson 3 tree parse of the body, pre-serialized request.
   *
   * @return the content
   */
  @Benchmark
  public String treeCompletion() {
    return tree.readTree(completion)
        .path("choices")
        .path(0)
        .path("message")
        .path("content")
        .asString();
  }

  /**
   * sdk-client: every chunk parsed into {@link ChatCompletionChunk}.
   *
   * @return characters of text
   */
  @Benchmark
  public long gatewayClientChunks() {
    long chars = 0;
    for (byte[] chunk : chunks) {
      for (ChunkChoice choice : Json.read(chunk, ChatCompletionChunk.class).choices()) {
        chars += choice.delta().content().map(String::length).orElse(0);
      }
    }
    return chars;
  }

  /**
   * openai-java: every chunk parsed into its chunk model.
   *
   * @return characters of text
   * @throws IOException never for the fixed bodies
   */
  @Benchmark
  public long openAiJavaChunks() throws IOException {
    long chars = 0;
    for (byte[] chunk : chunks) {
      var parsed =
          openAi.readValue(chunk, com.openai.models.chat.completions.ChatCompletionChunk.class);
      for (var choice : parsed.choices()) {
        chars += choice.delta().content().map(String::length).orElse(0);
      }
    }
    return chars;
  }

  /**
   * Jackson 3 tree parse of every chunk.
   *
   * @return characters of text
   */
  @Benchmark
  public long treeChunks() {
    long chars = 0;
    for (byte[] chunk : chunks) {
      JsonNode choices = tree.readTree(chunk).path("choices");
      if (!choices.isEmpty()) {
        chars += choices.path(0).path("delta").path("content").asString().length();
      }
    }
    return chars;
  }

  private static List<byte[]> chunkPayloads() {
    List<byte[]> out = new ArrayList<>();
    for (String event : new String(VllmBodies.chatStream(), StandardCharsets.UTF_8).split("\n\n")) {
      String data = event.substring("data: ".length());
      if (!data.equals("[DONE]")) {
        out.add(data.getBytes(StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
