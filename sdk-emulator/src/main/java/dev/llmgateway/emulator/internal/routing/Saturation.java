package dev.llmgateway.emulator.internal.routing;

import dev.llmgateway.emulator.internal.serving.EndpointState;
import java.util.List;

/**
 * The Endpoint Picker's saturation detector: a pool is saturated when no endpoint has both a
 * waiting queue of at most {@code queueDepthThreshold} and a KV-cache use of at most {@code
 * kvCacheUtilThreshold}. Only sheddable requests (priority below zero) are dropped then.
 *
 * @param queueDepthThreshold the largest healthy waiting queue (default 5)
 * @param kvCacheUtilThreshold the largest healthy KV-cache use (default 0.8)
 */
public record Saturation(int queueDepthThreshold, double kvCacheUtilThreshold) {
  /** The Endpoint Picker's defaults: queue depth 5, KV cache 0.8. */
  public static final Saturation DEFAULTS = new Saturation(5, 0.8);

  /**
   * Tells whether a pool is saturated.
   *
   * @param endpoints the pool's endpoints
   * @return true when none has capacity
   */
  public boolean saturated(List<? extends EndpointState> endpoints) {
    for (EndpointState e : endpoints) {
      if (e.waitingRequests() <= queueDepthThreshold && e.kvCacheUsage() <= kvCacheUtilThreshold) {
        return false;
      }
    }
    return true;
  }
}
