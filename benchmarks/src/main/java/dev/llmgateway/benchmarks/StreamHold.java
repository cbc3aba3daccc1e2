package dev.llmgateway.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Opens many chat streams at once against a gateway and holds them to the end, counting how many
 * stream at the same time: {@code StreamHold BASE_URL API_KEY STREAMS MAX_TOKENS}. Prints {@code
 * HOLDING n} once every stream has sent its first event (so a script can measure the server then),
 * and a summary when all have ended. Uses the JDK's non-blocking HTTP client: no thread per stream.
 */
public final class StreamHold {
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger maxOpen = new AtomicInteger();
  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong events = new AtomicLong();
  private final CountDownLatch started;
  private final CountDownLatch ended;

  private StreamHold(int streams) {
    started = new CountDownLatch(streams);
    ended = new CountDownLatch(streams);
  }

  /**
   * Runs the load.
   *
   * @param args base URL, API key, number of streams, max tokens per answer
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: StreamHold BASE_URL API_KEY STREAMS MAX_TOKENS");
      System.exit(2);
    }
    int streams = Integer.parseInt(args[2]);
    new StreamHold(streams).run(args[0], args[1], streams, Integer.parseInt(args[3]));
  }

  private void run(String baseUrl, String key, int streams, int maxTokens) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    String body =
        "{\"model\":\"/gcs/google/gemma-3-1b-it\",\"stream\":true,\"max_tokens\":"
            + maxTokens
            + ",\"messages\":[{\"role\":\"user\",\"content\":\"Tell me a long story.\"}]}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/v1/chat/completions"))
            .header("Content-Type", "application/json")
            .header("x-api-key", key)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long t0 = System.nanoTime();
    for (int i = 0; i < streams; i++) {
      Lines lines = new Lines();
      http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(lines))
          .whenComplete(
              (r, e) -> lines.finished(e != null ? e.toString() : "HTTP " + r.statusCode()));
    }
    boolean all = started.await(120, TimeUnit.SECONDS);
    System.out.printf(
        "HOLDING %d streams open (all started: %b) after %d ms%n",
        open.get(), all, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    System.out.flush();
    ended.await(600, TimeUnit.SECONDS);
    System.out.printf(
        "streams %d: completed %d, failed %d, at most %d streaming at once, %d events, %d ms%n",
        streams,
        completed.get(),
        failed.get(),
        maxOpen.get(),
        events.get(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
  }

  /** Counts one stream's events. */
  private final class Lines implements Flow.Subscriber<String> {
    private volatile boolean first = true;
    private volatile boolean done;

    /** The exchange ended: a stream that did not reach [DONE] failed. */
    void finished(String outcome) {
      if (done) {
        return;
      }
      if (first) {
        started.countDown();
      } else {
        open.decrementAndGet();
      }
      if (failed.incrementAndGet() <= 3) {
        System.err.println("stream failed: " + outcome);
      }
      ended.countDown();
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (!line.startsWith("data: ")) {
        return;
      }
      events.incrementAndGet();
      if (first) {
        first = false;
        maxOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        started.countDown();
      }
      if (line.equals("data: [DONE]")) {
        done = true;
        open.decrementAndGet();
        completed.incrementAndGet();
        ended.countDown();
      }
    }

    @Override
    public void onError(Throwable t) {
      // Counted in sendAsync's completion.
    }

    @Override
    public void onComplete() {
      // [DONE] was counted; a stream cut before it shows as fewer completed.
    }
  }
}
