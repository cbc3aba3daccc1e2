package dev.llmgateway.benchmarks;

import com.openai.client.OpenAIClient;
import dev.llmgateway.client.GatewayClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A CPU ratio check that tolerates a busy machine: all clients in one JVM, measured in short
 * alternating rounds, so slow changes in background load hit every client alike.
 *
 * <p>Per scenario it warms every client up, then runs {@code rounds} rounds; in each round every
 * client (in rotating order) makes calls for {@code roundMillis} while the process CPU time is
 * measured. Each round builds a fresh client and closes it afterwards, so only one connection pool
 * is alive at a time (an idle pool of another client costs OkHttp's task thread extra wake-ups). It
 * prints the median CPU per call of each client and the median of the per-round ratios to
 * openai-java. JMH remains the reference for allocation and absolute figures; this is a second
 * opinion on the CPU ratios. Run it through {@code benchmarks/run.sh --paired}.
 */
public final class PairedCpuCheck {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private PairedCpuCheck() {}

  /**
   * Runs the check.
   *
   * @param args optional: rounds (default 30), milliseconds per round (default 300)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int roundMillis = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    new PairedCpuCheck().run(rounds, roundMillis);
    System.exit(0); // client threads (OkHttp pools) would otherwise keep the JVM alive for a while
  }

  private void run(int rounds, int roundMillis) {
    Map<String, Supplier<Session>> plain = new LinkedHashMap<>();
    plain.put("OpenAiJava", () -> openAi(false));
    plain.put("GatewayClient", () -> gateway(false));
    plain.put(
        "OkHttpJackson",
        () -> {
          OkHttpJacksonBenchmark b = new OkHttpJacksonBenchmark();
          return session(b::setUp, () -> b.chatCompletion().length(), b::tearDown);
        });
    plain.put(
        "RawOkHttp",
        () -> {
          RawOkHttpBenchmark b = new RawOkHttpBenchmark();
          return session(b::setUp, b::chatCompletion, b::tearDown);
        });
    Map<String, Supplier<Session>> stream = new LinkedHashMap<>();
    stream.put("OpenAiJava", () -> openAi(true));
    stream.put("GatewayClient", () -> gateway(true));
    stream.put(
        "OkHttpJackson",
        () -> {
          OkHttpJacksonBenchmark b = new OkHttpJacksonBenchmark();
          return session(b::setUp, b::chatStream, b::tearDown);
        });
    stream.put(
        "RawOkHttp",
        () -> {
          RawOkHttpBenchmark b = new RawOkHttpBenchmark();
          return session(b::setUp, b::chatStream, b::tearDown);
        });

    System.out.printf(
        Locale.ROOT,
        "%nPaired CPU check: %d alternating rounds of %d ms per client; process CPU per call,"
            + " median over rounds; x = median of per-round ratios to openai-java.%n",
        rounds,
        roundMillis);
    System.out.printf(
        Locale.ROOT, "%-15s %-14s %12s %7s%n", "scenario", "client", "cpu ns/op", "x");
    measure("chatCompletion", plain, rounds, roundMillis);
    measure("chatStream", stream, rounds, roundMillis);
  }

  /** One client with its own connection pool, closed after its round. */
  private interface Session extends AutoCloseable {
    long call();

    @Override
    void close();
  }

  private static Session gateway(boolean streaming) {
    GatewayClient client = GatewayClientBenchmark.client(streaming);
    return new Session() {
      @Override
      public long call() {
        return streaming
            ? GatewayClientBenchmark.stream(client)
            : GatewayClientBenchmark.create(client).length();
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }

  private static Session openAi(boolean streaming) {
    OpenAIClient client = OpenAiJavaBenchmark.client(streaming);
    return new Session() {
      @Override
      public long call() {
        return streaming
            ? OpenAiJavaBenchmark.stream(client)
            : OpenAiJavaBenchmark.create(client).length();
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }

  private static Session session(IoAction setUp, IoCall<? extends Number> call, Runnable close) {
    io(
        () -> {
          setUp.run();
          return 0;
        });
    return new Session() {
      @Override
      public long call() {
        return io(call).longValue();
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }

  private void measure(
      String scenario, Map<String, Supplier<Session>> clients, int rounds, int millis) {
    List<String> names = new ArrayList<>(clients.keySet());
    for (int warm = 0; warm < 10; warm++) {
      for (String name : names) {
        round(clients.get(name), millis);
      }
    }
    Map<String, double[]> perOp = new LinkedHashMap<>();
    names.forEach(n -> perOp.put(n, new double[rounds]));
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((i + r) % names.size());
        perOp.get(name)[r] = round(clients.get(name), millis);
      }
    }
    double[] reference = perOp.get("OpenAiJava");
    for (String name : names) {
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = perOp.get(name)[r] / reference[r];
      }
      System.out.printf(
          Locale.ROOT,
          "%-15s %-14s %,12.0f %7.3f%n",
          scenario,
          name,
          median(perOp.get(name)),
          median(ratios));
    }
  }

  /** Runs calls for about {@code millis} and returns the process CPU nanoseconds per call. */
  private double round(Supplier<Session> factory, int millis) {
    long sink = 0;
    long ops = 0;
    long cpu;
    try (Session session = factory.get()) {
      sink += session.call(); // connects outside the measured part
      long end = System.nanoTime() + millis * 1_000_000L;
      long cpu0 = os.getProcessCpuTime();
      while (System.nanoTime() < end) {
        sink += session.call();
        ops++;
      }
      cpu = os.getProcessCpuTime() - cpu0;
    }
    if (sink == Long.MIN_VALUE) {
      System.out.print(""); // keeps the results observable
    }
    return (double) cpu / ops;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private interface IoCall<T> {
    T call() throws IOException;
  }

  private static <T> T io(IoCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
