package dev.llmgateway.emulator.internal.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /metrics} of a simulated model server under vLLM's names. */
class EndpointMetricsTest {
  private final ManualTimers timers = new ManualTimers();

  @Test
  void metrics_afterOneChat_exportVllmNamesTypesAndValues() {
    ModelEndpoint endpoint = Endpoints.endpoint(Endpoints.config(4, 50, 10));
    RecordingSink chat = new RecordingSink();
    endpoint.handle(
        Endpoints.post("/v1/chat/completions", Endpoints.chat("Hello world", false, null), timers),
        chat);
    timers.advance(Duration.ofMillis(60));
    RecordingSink metrics = new RecordingSink();
    endpoint.handle(Endpoints.get("/metrics", timers), metrics);

    assertEquals(200, chat.status);
    assertEquals("text/plain; version=0.0.4; charset=utf-8", metrics.contentType);
    String text = metrics.body.toString();
    String labels = "{model_name=\"m\",engine=\"0\"}";
    for (String line :
        new String[] {
          "# HELP vllm:num_requests_running Number of requests in model execution batches.",
          "# TYPE vllm:num_requests_running gauge",
          "vllm:num_requests_running" + labels + " 0.0",
          "# TYPE vllm:num_requests_waiting gauge",
          "vllm:num_requests_waiting" + labels + " 0.0",
          "# HELP vllm:kv_cache_usage_perc KV-cache usage. 1 means 100 percent usage.",
          "vllm:kv_cache_usage_perc" + labels + " 0.0",
          "# TYPE vllm:prompt_tokens_total counter",
          "vllm:prompt_tokens_total" + labels + " 8.0",
          "# TYPE vllm:generation_tokens_total counter",
          "vllm:generation_tokens_total" + labels + " 2.0",
          "vllm:request_success_total{model_name=\"m\",engine=\"0\",finished_reason=\"stop\"} 1.0",
          "# TYPE vllm:time_to_first_token_seconds histogram",
          "vllm:time_to_first_token_seconds_bucket{model_name=\"m\",engine=\"0\",le=\"0.04\"} 0.0",
          "vllm:time_to_first_token_seconds_bucket{model_name=\"m\",engine=\"0\",le=\"0.06\"} 1.0",
          "vllm:time_to_first_token_seconds_bucket{model_name=\"m\",engine=\"0\",le=\"+Inf\"} 1.0",
          "vllm:time_to_first_token_seconds_count" + labels + " 1.0",
          "vllm:time_to_first_token_seconds_sum" + labels + " 0.05",
          "# TYPE vllm:time_per_output_token_seconds histogram",
          "vllm:time_per_output_token_seconds_bucket{model_name=\"m\",engine=\"0\",le=\"0.01\"} 1.0",
          "vllm:time_per_output_token_seconds_count" + labels + " 1.0",
          "# TYPE vllm:e2e_request_latency_seconds histogram",
          "vllm:prefix_cache_queries_total" + labels + " 8.0",
        }) {
      assertTrue(text.contains(line + "\n"), "missing line: " + line + "\n" + text);
    }
  }

  @Test
  void gauges_showRunningAndWaitingRequests() {
    ModelEndpoint endpoint = Endpoints.endpoint(Endpoints.config(1, 100, 0));
    for (int i = 0; i < 3; i++) {
      endpoint.handle(
          Endpoints.post("/v1/chat/completions", Endpoints.chat("x", false, null), timers),
          new RecordingSink());
    }
    RecordingSink metrics = new RecordingSink();
    endpoint.handle(Endpoints.get("/metrics", timers), metrics);

    String text = metrics.body.toString();
    assertTrue(text.contains("vllm:num_requests_running{model_name=\"m\",engine=\"0\"} 1.0\n"));
    assertTrue(text.contains("vllm:num_requests_waiting{model_name=\"m\",engine=\"0\"} 2.0\n"));
  }
}
