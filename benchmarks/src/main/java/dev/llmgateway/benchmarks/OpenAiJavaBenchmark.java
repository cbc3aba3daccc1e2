package dev.llmgateway.benchmarks;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
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
 * The reference: the official OpenAI Java SDK ({@code com.openai:openai-java}) with its OkHttp
 * client and retries off.
 *
 * <p>Each call builds its {@link ChatCompletionCreateParams} like an application would. Each
 * scenario has its own client in its own state object (nginx chooses the body by the base URL's
 * path prefix), so a fork holds exactly one client and one connection pool.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class OpenAiJavaBenchmark {

  /** Creates the benchmark; JMH instantiates it. */
  public OpenAiJavaBenchmark() {}

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

  @SuppressWarnings("deprecation") // max_tokens is what vLLM users send; same bytes as the others
  static String create(OpenAIClient client) {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.MAX_TOKENS)
            .build();
    ChatCompletion completion = client.chat().completions().create(params);
    return completion.choices().get(0).message().content().orElse("");
  }

  @SuppressWarnings("deprecation")
  static long stream(OpenAIClient client) {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.STREAM_MAX_TOKENS)
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    long chars = 0;
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(params)) {
      Iterator<ChatCompletionChunk> chunks = stream.stream().iterator();
      while (chunks.hasNext()) {
        for (ChatCompletionChunk.Choice choice : chunks.next().choices()) {
          chars += choice.delta().content().map(String::length).orElse(0);
        }
      }
    }
    return chars;
  }

  static OpenAIClient client(boolean streaming) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(BenchmarkServer.prefix(streaming) + "/v1")
        .apiKey(Workload.API_KEY)
        .maxRetries(0)
        .build();
  }

  /** The client of the non-streaming scenario. */
  @State(Scope.Thread)
  public static class PlainClient {
    OpenAIClient client;

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
    OpenAIClient client;

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
