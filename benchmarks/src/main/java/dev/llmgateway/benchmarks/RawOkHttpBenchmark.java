package dev.llmgateway.benchmarks;

import java.io.IOException;
import java.io.InputStream;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The transport floor: a raw OkHttp call that posts pre-serialized request bytes and reads the
 * response body to the end into a reused buffer, without parsing it.
 *
 * <p>Both scenarios reuse one prebuilt {@link Request}; the stream is read as plain bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class RawOkHttpBenchmark {

  private final byte[] buffer = new byte[16 * 1024];
  private OkHttpClient http;
  private Request plain;
  private Request stream;

  /** Creates the benchmark; JMH instantiates it. */
  public RawOkHttpBenchmark() {}

  /**
   * Builds the client and both requests and checks that the server returns the expected bodies.
   *
   * @throws IOException if the server cannot be reached
   */
  @Setup
  public void setUp() throws IOException {
    http = new OkHttpClient();
    plain = post(false, Workload.plainRequestJson());
    stream = post(true, Workload.streamRequestJson());
    ServerCheck.expectLength(
        chatCompletion(), VllmBodies.resource(VllmBodies.CHAT_COMPLETION_RESOURCE).length);
    ServerCheck.expectLength(
        chatStream(), VllmBodies.resource(VllmBodies.CHAT_STREAM_RESOURCE).length);
  }

  /** Releases the client's connections and threads. */
  @TearDown
  public void tearDown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /**
   * Posts the non-streaming request and reads the JSON body as bytes.
   *
   * @return the number of body bytes read
   * @throws IOException on transport failure
   */
  @Benchmark
  public long chatCompletion() throws IOException {
    return call(plain);
  }

  /**
   * Posts the streaming request and reads the whole SSE body as bytes.
   *
   * @return the number of body bytes read
   * @throws IOException on transport failure
   */
  @Benchmark
  public long chatStream() throws IOException {
    return call(stream);
  }

  private long call(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      ServerCheck.expectOk(response);
      InputStream in = response.body().byteStream();
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
      }
      return total;
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
