package dev.llmgateway.benchmarks;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.chat.ChunkChoice;
import dev.llmgateway.client.common.StreamOptions;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our client: sdk-client's {@link GatewayClient} with retries off.
 *
 * <p>Each call builds its {@link ChatCompletionRequest} like an application would. One client per
 * scenario, because nginx chooses the body by the base URL's path prefix.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class GatewayClientBenchmark {

  private GatewayClient plainClient;
  private GatewayClient streamClient;

  /** Creates the benchmark; JMH instantiates it. */
  public GatewayClientBenchmark() {}

  /** Builds both clients and checks both scenarios once. */
  @Setup
  public void setUp() {
    plainClient = client(false);
    streamClient = client(true);
    ServerCheck.expectAnswer(chatCompletion());
    ServerCheck.expectStreamText(chatStream());
  }

  /** Closes both clients. */
  @TearDown
  public void tearDown() {
    plainClient.close();
    streamClient.close();
  }

  /**
   * Creates a non-streaming chat completion.
   *
   * @return the assistant message's content
   */
  @Benchmark
  public String chatCompletion() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.MAX_TOKENS)
            .build();
    ChatCompletion completion = plainClient.chat().create(request);
    return completion.choices().get(0).message().content().orElse("");
  }

  /**
   * Streams a chat completion to the end and reads every chunk's text.
   *
   * @return the number of characters of generated text read
   */
  @Benchmark
  public long chatStream() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.STREAM_MAX_TOKENS)
            .streamOptions(StreamOptions.includingUsage())
            .build();
    long chars = 0;
    try (StreamResponse<ChatCompletionChunk> stream = streamClient.chat().stream(request)) {
      Iterator<ChatCompletionChunk> chunks = stream.iterator();
      while (chunks.hasNext()) {
        for (ChunkChoice choice : chunks.next().choices()) {
          chars += choice.delta().content().map(String::length).orElse(0);
        }
      }
    }
    return chars;
  }

  private static GatewayClient client(boolean streaming) {
    return GatewayClient.builder()
        .baseUrl(BenchmarkServer.prefix(streaming))
        .apiKey(Workload.API_KEY)
        .maxRetries(0)
        .build();
  }
}
