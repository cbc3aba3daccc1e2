package dev.llmgateway.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Diagnostics: what OkHttp's timeout settings cost per non-streaming call (OkHttp + Jackson tree).
 *
 * <p>Every armed timeout goes through okio's {@code AsyncTimeout} queue, and each time a timeout is
 * inserted at the head of that queue (an empty queue included) the "Okio Watchdog" thread is woken
 * (futex, context switch). Variants: {@code defaults} (OkHttp's 10 s read and write, no call
 * timeout), {@code read10m} (read 10 min, write 10 s, no call timeout), {@code read10mCall10m}
 * (plus a 10 min call timeout: the 10 s write deadline armed after it becomes the head again),
 * {@code allEqual10m} (read, write and call 10 min: only the call timeout reaches the head) and
 * {@code none} (no timeouts, no watchdog). Run with {@code -jvmArgsAppend
 * -Dllmgateway.bench.cpuThreads=true} to see the watchdog thread's CPU.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class OkHttpTimeoutsBenchmark {

  /** The timeout configuration under test. */
  @Param({"defaults", "read10m", "read10mCall10m", "allEqual10m", "none"})
  public String timeouts;

  private final JsonMapper mapper = JsonMapper.builder().build();
  private OkHttpClient http;
  private Request plain;

  /** Creates the benchmark; JMH instantiates it. */
  public OkHttpTimeoutsBenchmark() {}

  /** Builds the client with the variant's timeouts. */
  @Setup
  public void setUp() {
    OkHttpClient.Builder b = new OkHttpClient.Builder();
    Duration tenMinutes = Duration.ofMinutes(10);
    switch (timeouts) {
      case "defaults":
        break;
      case "read10m":
        b.readTimeout(tenMinutes);
        break;
      case "read10mCall10m":
        b.readTimeout(tenMinutes).callTimeout(tenMinutes);
        break;
      case "allEqual10m":
        b.readTimeout(tenMinutes).writeTimeout(tenMinutes).callTimeout(tenMinutes);
        break;
      case "none":
        b.readTimeout(Duration.ZERO).writeTimeout(Duration.ZERO).callTimeout(Duration.ZERO);
        break;
      default:
        throw new IllegalArgumentException("unknown timeouts variant " + timeouts);
    }
    http = b.build();
    plain =
        new Request.Builder()
            .url(BenchmarkServer.chatCompletionsUrl(false))
            .header("x-api-key", Workload.API_KEY)
            .post(
                RequestBody.create(Workload.plainRequestJson(), MediaType.get("application/json")))
            .build();
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
   * @return the completion id
   * @throws IOException on transport failure
   */
  @Benchmark
  public String chatCompletion() throws IOException {
    try (Response response = http.newCall(plain).execute()) {
      ServerCheck.expectOk(response);
      return mapper.readTree(response.body().byteStream()).path("id").asString();
    }
  }
}
