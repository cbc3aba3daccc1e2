package dev.llmgateway.emulator.internal.routing;

import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The applied HTTPRoutes and InferencePools, translated once per change of the cluster state: route
 * matches in Gateway API precedence order, and the pools they lead to. Immutable; the pools'
 * Endpoint Pickers carry their prefix records over from one translation to the next.
 */
public final class RoutingTable {
  private static final RoutingTable EMPTY = new RoutingTable(List.of(), Map.of());

  private final List<Entry> entries;
  private final Map<String, PoolTarget> pools;

  RoutingTable(List<Entry> entries, Map<String, PoolTarget> pools) {
    this.entries = List.copyOf(entries);
    this.pools = Map.copyOf(pools);
  }

  /** Returns a table without routes. */
  public static RoutingTable empty() {
    return EMPTY;
  }

  /**
   * Returns the rule of the first match in precedence order.
   *
   * @param method the HTTP method
   * @param path the path without the query
   * @param headers the request headers
   * @param params the query parameters
   * @return the rule, or null when no route matches
   */
  public @Nullable RouteRule match(String method, String path, MultiMap headers, MultiMap params) {
    for (Entry e : entries) {
      if (e.match().matches(method, path, headers, params)) {
        return e.rule();
      }
    }
    return null;
  }

  /**
   * Returns the pools by {@code namespace/name}.
   *
   * @return the pools
   */
  public Map<String, PoolTarget> pools() {
    return pools;
  }

  /**
   * One match of one rule.
   *
   * @param match the match
   * @param rule the rule
   */
  record Entry(HttpMatch match, RouteRule rule) {}
}
