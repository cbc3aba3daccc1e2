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
 * <p>Each call builds its {@link ChatCompletionRequest} like an application would. Each scenario
 * has its own client in its own state object (nginx chooses the body by the base URL's path
 * prefix), so a fork holds exactly one client and one connection pool.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class GatewayClientBenchmark {

  /** Creates the benchmark; JMH instantiates it. */
  public GatewayClientBenchmark() {}

  /**
   * Creates a non-streaming chat completion.
   *
   * @param plain the client of the non-streaming scenario
   * @return the assistant message's content
   */
  @Benchmark
  public String chatCompletion(PlainClient plain) {
    return create(plain.client);
  }

  /**
   * Streams a chat completion to the end and reads every chunk's text.
   *
   * @param stream the client of the streaming scenario
   * @return the number of characters of generated text read
   */
  @Benchmark
  public long chatStream(StreamClient stream) {
    return stream(stream.client);
  }

  static String create(GatewayClient client) {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.MAX_TOKENS)
            .build();
    ChatCompletion completion = client.chat().create(request);
    return completion.choices().get(0).message().content().orElse("");
  }

  static long stream(GatewayClient client) {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.STREAM_MAX_TOKENS)
            .streamOptions(StreamOptions.includingUsage())
            .build();
    long chars = 0;
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().stream(request)) {
      Iterator<ChatCompletionChunk> chunks = stream.iterator();
      while (chunks.hasNext()) {
        for (ChunkChoice choice : chunks.next().choices()) {
          chars += choice.delta().content().map(String::length).orElse(0);
        }
      }
    }
    return chars;
  }

  static GatewayClient client(boolean streaming) {
    return GatewayClient.builder()
        .baseUrl(BenchmarkServer.prefix(streaming))
        .apiKey(Workload.API_KEY)
        .maxRetries(0)
        .build();
  }

  /** The client of the non-streaming scenario. */
  @State(Scope.Thread)
  public static class PlainClient {
    GatewayClient client;

    /** Creates the state; JMH instantiates it. */
    public PlainClient() {}

    /** Builds the client and checks the scenario once. */
    @Setup
    public void setUp() {
      client = client(false);
      ServerCheck.expectAnswer(create(client));
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
      client.close();
    }
  }

  /** The client of the streaming scenario. */
  @State(Scope.Thread)
  public static class StreamClient {
    GatewayClient client;

    /** Creates the state; JMH instantiates it. */
    public StreamClient() {}

    /** Builds the client and checks the scenario once. */
    @Setup
    public void setUp() {
      client = client(true);
      ServerCheck.expectStreamText(stream(client));
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
      client.close();
    }
  }
}
