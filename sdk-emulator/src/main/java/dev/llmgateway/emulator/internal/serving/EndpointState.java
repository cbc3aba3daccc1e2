package dev.llmgateway.emulator.internal.serving;

import java.util.Map;

/**
 * What the Endpoint Picker knows about a model-server endpoint: where it is, the labels a pool
 * selects it by, which models it serves, and the load it reports on {@code /metrics}. Readings are
 * current, not a periodic scrape. Implementations are thread-safe.
 */
public interface EndpointState {

  /** Returns the endpoint's name, like a pod name. */
  String name();

  /** Returns the namespace, like the pod's. */
  String namespace();

  /** Returns the labels, like the pod's ({@code app=<model-server-label>}). */
  Map<String, String> labels();

  /** Returns the address {@code host:port} the Endpoint Picker sends calls to. */
  String address();

  /** Returns {@code vllm:num_requests_waiting}. */
  int waitingRequests();

  /** Returns {@code vllm:kv_cache_usage_perc}, from 0 to 1. */
  double kvCacheUsage();

  /**
   * Tells whether the endpoint serves a model name (base model or LoRA adapter).
   *
   * @param model the model
   * @return true when served
   */
  boolean serves(String model);
}
