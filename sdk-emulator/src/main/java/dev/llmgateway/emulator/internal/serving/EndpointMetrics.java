package dev.llmgateway.emulator.internal.serving;

import java.util.concurrent.atomic.LongAdder;

/**
 * One model server's metrics under vLLM's names (the V1 engine's, vLLM 0.10 and later: {@code
 * vllm:kv_cache_usage_perc}, not the older {@code vllm:gpu_cache_usage_perc}), with vLLM's labels
 * {@code model_name} and {@code engine}, help texts and histogram buckets. This class is
 * thread-safe.
 */
final class EndpointMetrics {
  private static final double[] TTFT_BUCKETS = {
    0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
    20.0, 40.0, 80.0, 160.0, 640.0, 2560.0
  };
  private static final double[] TPOT_BUCKETS = {
    0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 20.0,
    40.0, 80.0
  };
  private static final double[] E2E_BUCKETS = {
    0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0, 60.0, 120.0, 240.0,
    480.0, 960.0, 1920.0, 7680.0
  };

  private final String labels;
  private final LongAdder promptTokens = new LongAdder();
  private final LongAdder generationTokens = new LongAdder();
  private final LongAdder prefixQueries = new LongAdder();
  private final LongAdder prefixHits = new LongAdder();
  private final LongAdder finishedStop = new LongAdder();
  private final LongAdder finishedLength = new LongAdder();
  private final LongAdder finishedAbort = new LongAdder();
  private final Histogram ttft = new Histogram(TTFT_BUCKETS);
  private final Histogram tpot = new Histogram(TPOT_BUCKETS);
  private final Histogram e2e = new Histogram(E2E_BUCKETS);

  EndpointMetrics(String model) {
    this.labels = "model_name=\"" + PrometheusText.escape(model) + "\",engine=\"0\"";
  }

  void prefixLookup(int promptTokens, int cachedTokens) {
    prefixQueries.add(promptTokens);
    prefixHits.add(cachedTokens);
  }

  void firstToken(double ttftSeconds) {
    ttft.observe(ttftSeconds);
  }

  void finished(TokenUsage usage, String finishReason, double seconds, double tpotSeconds) {
    promptTokens.add(usage.promptTokens());
    generationTokens.add(usage.completionTokens());
    (finishReason.equals("length") ? finishedLength : finishedStop).increment();
    e2e.observe(seconds);
    if (usage.completionTokens() > 1) {
      tpot.observe(tpotSeconds);
    }
  }

  void aborted() {
    finishedAbort.increment();
  }

  String render(EngineQueue queue) {
    PrometheusText t = new PrometheusText();
    t.family("vllm:num_requests_running", "gauge", "Number of requests in model execution batches.")
        .sample("vllm:num_requests_running", labels, queue.running());
    t.family("vllm:num_requests_waiting", "gauge", "Number of requests waiting to be processed.")
        .sample("vllm:num_requests_waiting", labels, queue.waiting());
    t.family("vllm:kv_cache_usage_perc", "gauge", "KV-cache usage. 1 means 100 percent usage.")
        .sample("vllm:kv_cache_usage_perc", labels, queue.kvCacheUsage());
    counter(
        t,
        "vllm:prefix_cache_queries_total",
        "Prefix cache queries, in terms of number of queried tokens.",
        prefixQueries);
    counter(
        t,
        "vllm:prefix_cache_hits_total",
        "Prefix cache hits, in terms of number of cached tokens.",
        prefixHits);
    counter(t, "vllm:prompt_tokens_total", "Number of prefill tokens processed.", promptTokens);
    counter(
        t,
        "vllm:generation_tokens_total",
        "Number of generation tokens processed.",
        generationTokens);
    t.family("vllm:request_success_total", "counter", "Count of successfully processed requests.");
    t.sample(
        "vllm:request_success_total", labels + ",finished_reason=\"stop\"", finishedStop.sum());
    t.sample(
        "vllm:request_success_total", labels + ",finished_reason=\"length\"", finishedLength.sum());
    t.sample(
        "vllm:request_success_total", labels + ",finished_reason=\"abort\"", finishedAbort.sum());
    histogram(
        t,
        "vllm:time_to_first_token_seconds",
        "Histogram of time to first token in seconds.",
        ttft);
    histogram(
        t,
        "vllm:time_per_output_token_seconds",
        "Histogram of time per output token in seconds.",
        tpot);
    histogram(
        t, "vllm:e2e_request_latency_seconds", "Histogram of e2e request latency in seconds.", e2e);
    return t.toString();
  }

  private void counter(PrometheusText t, String name, String help, LongAdder value) {
    t.family(name, "counter", help).sample(name, labels, value.sum());
  }

  private void histogram(PrometheusText t, String name, String help, Histogram h) {
    t.family(name, "histogram", help);
    h.render(t, name, labels);
  }
}
