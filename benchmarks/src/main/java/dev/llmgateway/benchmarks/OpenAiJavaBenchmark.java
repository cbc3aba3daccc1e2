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
 * <p>Each call builds its {@link ChatCompletionCreateParams} like an application would. One client
 * per scenario, because nginx chooses the body by the base URL's path prefix.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class OpenAiJavaBenchmark {

  private OpenAIClient plainClient;
  private OpenAIClient streamClient;

  /** Creates the benchmark; JMH instantiates it. */
  public OpenAiJavaBenchmark() {}

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
  @SuppressWarnings("deprecation") // max_tokens is what vLLM users send; same bytes as the others
  public String chatCompletion() {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.MAX_TOKENS)
            .build();
    ChatCompletion completion = plainClient.chat().completions().create(params);
    return completion.choices().get(0).message().content().orElse("");
  }

  /**
   * Streams a chat completion to the end and reads every chunk's text.
   *
   * @return the number of characters of generated text read
   */
  @Benchmark
  @SuppressWarnings("deprecation")
  public long chatStream() {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(Workload.MODEL)
            .addUserMessage(Workload.PROMPT)
            .maxTokens(Workload.STREAM_MAX_TOKENS)
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    long chars = 0;
    try (StreamResponse<ChatCompletionChunk> stream =
        streamClient.chat().completions().createStreaming(params)) {
      Iterator<ChatCompletionChunk> chunks = stream.stream().iterator();
      while (chunks.hasNext()) {
        for (ChatCompletionChunk.Choice choice : chunks.next().choices()) {
          chars += choice.delta().content().map(String::length).orElse(0);
        }
      }
    }
    return chars;
  }

  private static OpenAIClient client(boolean streaming) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(BenchmarkServer.prefix(streaming) + "/v1")
        .apiKey(Workload.API_KEY)
        .maxRetries(0)
        .build();
  }
}
