package dev.llmgateway.emulator.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * One rule of an HTTPRoute: its backendRefs, of which only InferencePools (group {@code
 * inference.networking.k8s.io}) that exist are valid.
 *
 * @param route the route, {@code namespace/name}
 * @param backends the backendRefs in order
 */
public record RouteRule(String route, List<Backend> backends) {

  /** Copies the list. */
  public RouteRule {
    backends = List.copyOf(backends);
  }

  /**
   * One backendRef.
   *
   * @param ref what it names, for messages
   * @param weight its weight (0 takes no traffic)
   * @param pool the pool, or null when the reference is invalid
   */
  public record Backend(String ref, int weight, @Nullable PoolTarget pool) {}

  /**
   * Chooses the pool for a request, by weight among the valid backends. The model name decides
   * first, like body-based routing in front of several pools: pools that serve the model are
   * preferred; when none does, any valid pool is chosen and its model server answers 404.
   *
   * @param model the target model, or null when the request has no body
   * @param random the source of the weighted choice
   * @return the pool, or null when no backendRef is valid
   */
  public @Nullable PoolTarget choose(@Nullable String model, Random random) {
    List<Backend> valid = new ArrayList<>(backends.size());
    List<Backend> serving = new ArrayList<>(backends.size());
    for (Backend b : backends) {
      if (b.pool() != null && b.weight() > 0) {
        valid.add(b);
        if (model != null && b.pool().serves(model)) {
          serving.add(b);
        }
      }
    }
    List<Backend> from = serving.isEmpty() ? valid : serving;
    if (from.isEmpty()) {
      return null;
    }
    if (from.size() == 1) {
      return from.get(0).pool();
    }
    int total = 0;
    for (Backend b : from) {
      total += b.weight();
    }
    int r = random.nextInt(total);
    for (Backend b : from) {
      r -= b.weight();
      if (r < 0) {
        return b.pool();
      }
    }
    return from.get(from.size() - 1).pool();
  }
}
