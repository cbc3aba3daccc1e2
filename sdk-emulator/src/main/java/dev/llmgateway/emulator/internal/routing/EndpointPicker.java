package dev.llmgateway.emulator.internal.routing;

import dev.llmgateway.emulator.internal.serving.EndpointState;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The Endpoint Picker of one InferencePool, with the v1.0 chart's default configuration: no
 * candidates answers 503; a sheddable request (priority below zero) while the pool is saturated
 * answers 429; otherwise every endpoint is scored by the queue scorer (shortest waiting queue 1,
 * longest 0, all equal 1), the KV-cache scorer (1 minus the use) and the prefix-cache scorer (the
 * share of the prompt's blocks last sent there), weight 1 each, and the highest total wins, ties
 * broken at random. With no filters in that configuration, a pool with candidates always gets a
 * pick. This class is thread-safe.
 */
public final class EndpointPicker {
  private final Saturation saturation;
  private final Random random;
  private final PrefixIndex prefixes = new PrefixIndex();

  /**
   * Creates a picker.
   *
   * @param saturation the saturation thresholds
   * @param random the source of tie breaks (seedable for tests)
   */
  public EndpointPicker(Saturation saturation, Random random) {
    this.saturation = saturation;
    this.random = random;
  }

  /**
   * Picks an endpoint for a request.
   *
   * @param endpoints the pool's endpoints (the candidates)
   * @param priority the request's priority, from its InferenceObjective (0 when none)
   * @param targetModel the model the request is for, or null for a request without a body
   * @param prompt the prompt as the picker reads it (empty when none)
   * @return the endpoint, or the answer to send instead
   */
  public Pick pick(
      List<? extends EndpointState> endpoints,
      int priority,
      @Nullable String targetModel,
      String prompt) {
    if (endpoints.isEmpty()) {
      return Pick.error(EppError.NO_CANDIDATES);
    }
    if (priority < 0 && saturation.saturated(endpoints)) {
      return Pick.error(EppError.SHED);
    }
    long[] hashes = PrefixIndex.hashes(targetModel == null ? "" : targetModel, prompt);
    double[] scores = scores(endpoints, hashes);
    double best = Double.NEGATIVE_INFINITY;
    int ties = 0;
    int chosen = 0;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] > best) {
        best = scores[i];
        ties = 1;
        chosen = i;
      } else if (scores[i] == best && random.nextInt(++ties) == 0) {
        chosen = i; // reservoir sampling: each tied endpoint equally likely
      }
    }
    EndpointState picked = endpoints.get(chosen);
    prefixes.record(picked.name(), hashes);
    return Pick.of(picked);
  }

  /** Returns each endpoint's total score, in order. */
  double[] scores(List<? extends EndpointState> endpoints, long[] hashes) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (EndpointState e : endpoints) {
      min = Math.min(min, e.waitingRequests());
      max = Math.max(max, e.waitingRequests());
    }
    double[] out = new double[endpoints.size()];
    for (int i = 0; i < out.length; i++) {
      EndpointState e = endpoints.get(i);
      double queue = max == min ? 1.0 : (double) (max - e.waitingRequests()) / (max - min);
      double kv = 1.0 - e.kvCacheUsage();
      double prefix = prefixes.score(e.name(), hashes);
      out[i] = queue + kv + prefix;
    }
    return out;
  }

  /**
   * The outcome of a pick: an endpoint or the Endpoint Picker's answer.
   *
   * @param endpoint the endpoint, or null
   * @param error the answer, or null
   */
  public record Pick(@Nullable EndpointState endpoint, @Nullable EppError error) {
    static Pick of(EndpointState endpoint) {
      return new Pick(endpoint, null);
    }

    static Pick error(EppError error) {
      return new Pick(null, error);
    }
  }
}
