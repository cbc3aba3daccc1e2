package dev.llmgateway.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-written minimal client: a raw OkHttp call with pre-serialized request bytes plus a Jackson
 * 3 tree parse ({@code readTree}) of the response body, or of each SSE event's data for streams.
 *
 * <p>It shows what a typed client could cost at best when it parses with Jackson; the stream is
 * split into lines by okio and each {@code data:} line is parsed into a tree.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class OkHttpJacksonBenchmark {

  private final JsonMapper mapper = JsonMapper.builder().build();
  private OkHttpClient http;
  private Request plain;
  private Request stream;

  /** Creates the benchmark; JMH instantiates it. */
  public OkHttpJacksonBenchmark() {}

  /**
   * Builds the client and both requests and checks both scenarios once.
   *
   * @throws IOException if the server cannot be reached
   */
  @Setup
  public void setUp() throws IOException {
    http = new OkHttpClient();
    plain = post(false, Workload.plainRequestJson());
    stream = post(true, Workload.streamRequestJson());
    ServerCheck.expectAnswer(chatCompletion());
    ServerCheck.expectStreamText(chatStream());
  }

  /** Releases the client's connections and threads. */
  @TearDown
  public void tearDown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /**
   * Posts the non-streaming request and parses the body into a tree.
   *
   * @return the assistant message's content
   * @throws IOException on transport failure
   */
  @Benchmark
  public String chatCompletion() throws IOException {
    try (Response response = http.newCall(plain).execute()) {
      ServerCheck.expectOk(response);
      JsonNode root = mapper.readTree(response.body().byteStream());
      return root.path("choices").path(0).path("message").path("content").asString();
    }
  }

  /**
   * Posts the streaming request, parses every event's data into a tree and reads its text.
   *
   * @return the number of characters of generated text read
   * @throws IOException on transport failure
   */
  @Benchmark
  public long chatStream() throws IOException {
    try (Response response = http.newCall(stream).execute()) {
      ServerCheck.expectOk(response);
      BufferedSource source = response.body().source();
      long chars = 0;
      String line;
      while ((line = source.readUtf8Line()) != null) {
        if (!line.startsWith("data: ")) {
          continue;
        }
        if (line.equals("data: [DONE]")) {
          break;
        }
        JsonNode choices = mapper.readTree(line.substring(6)).path("choices");
        if (!choices.isEmpty()) {
          chars += choices.path(0).path("delta").path("content").asString().length();
        }
      }
      return chars;
    }
  }

  private static Request post(boolean streaming, byte[] json) {
    return new Request.Builder()
        .url(BenchmarkServer.chatCompletionsUrl(streaming))
        .header("x-api-key", Workload.API_KEY)
        .post(RequestBody.create(json, MediaType.get("application/json")))
        .build();
  }
}
