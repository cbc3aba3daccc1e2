package dev.llmgateway.emulator.internal.routing;

import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.emulator.internal.serving.EndpointState;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Translates applied objects into a {@link RoutingTable}: each InferencePool gets the endpoints its
 * selector matches in its namespace and the priorities of the InferenceObjectives that reference
 * it; each HTTPRoute rule's matches are ordered by Gateway API precedence (then older route, then
 * {@code namespace/name}); backendRefs resolve to pools. Objects without a namespace count as in
 * {@code default}. A match with an invalid regular expression is left out.
 */
public final class RouteTranslator {
  private final Saturation saturation;
  private final Random random;

  /**
   * Creates a translator.
   *
   * @param saturation the pools' saturation thresholds
   * @param random the source of the pickers' tie breaks
   */
  public RouteTranslator(Saturation saturation, Random random) {
    this.saturation = saturation;
    this.random = random;
  }

  /**
   * Translates a snapshot of the cluster.
   *
   * @param routes the HTTPRoutes
   * @param pools the InferencePools
   * @param objectives the InferenceObjectives
   * @param endpoints the model-server endpoints
   * @param previous the previous table, whose pools keep their Endpoint Pickers
   * @return the table
   */
  public RoutingTable translate(
      List<HTTPRoute> routes,
      List<InferencePool> pools,
      List<InferenceObjective> objectives,
      List<? extends EndpointState> endpoints,
      RoutingTable previous) {
    Map<String, PoolTarget> targets = new LinkedHashMap<>();
    for (InferencePool pool : pools) {
      String ns = namespace(pool);
      String key = ns + "/" + pool.getMetadata().getName();
      Map<String, String> selector = pool.getSpec().selector().matchLabels();
      List<EndpointState> selected = new ArrayList<>();
      for (EndpointState e : endpoints) {
        if (e.namespace().equals(ns) && e.labels().entrySet().containsAll(selector.entrySet())) {
          selected.add(e);
        }
      }
      Map<String, Integer> priorities = new HashMap<>();
      for (InferenceObjective o : objectives) {
        if (namespace(o).equals(ns)
            && o.getSpec().poolRef().name().equals(pool.getMetadata().getName())) {
          Integer p = o.getSpec().priority();
          priorities.put(o.getMetadata().getName(), p == null ? 0 : p);
        }
      }
      PoolTarget old = previous.pools().get(key);
      EndpointPicker picker = old != null ? old.picker() : new EndpointPicker(saturation, random);
      targets.put(
          key, new PoolTarget(ns, pool.getMetadata().getName(), selected, priorities, picker));
    }
    List<HTTPRoute> ordered = new ArrayList<>(routes);
    ordered.sort(
        Comparator.comparing(RouteTranslator::created)
            .thenComparing(r -> namespace(r) + "/" + r.getMetadata().getName()));
    List<RoutingTable.Entry> entries = new ArrayList<>();
    for (HTTPRoute route : ordered) {
      if (route.getSpec() == null || route.getSpec().getRules() == null) {
        continue;
      }
      String name = namespace(route) + "/" + route.getMetadata().getName();
      for (HTTPRouteRule rule : route.getSpec().getRules()) {
        RouteRule compiled = new RouteRule(name, backends(rule, namespace(route), targets));
        List<HTTPRouteMatch> matches = rule.getMatches();
        if (matches == null || matches.isEmpty()) {
          entries.add(new RoutingTable.Entry(HttpMatch.everything(), compiled));
          continue;
        }
        for (HTTPRouteMatch m : matches) {
          try {
            entries.add(new RoutingTable.Entry(HttpMatch.of(m), compiled));
          } catch (PatternSyntaxException e) {
            // The CRD would not have admitted it; leave the match out.
          }
        }
      }
    }
    // Stable sort: among equal precedence, older routes and earlier rules stay first.
    entries.sort((a, b) -> HttpMatch.compare(a.match(), b.match()));
    return new RoutingTable(entries, targets);
  }

  private static List<RouteRule.Backend> backends(
      HTTPRouteRule rule, String routeNamespace, Map<String, PoolTarget> targets) {
    List<RouteRule.Backend> out = new ArrayList<>();
    if (rule.getBackendRefs() == null) {
      return out;
    }
    for (HTTPBackendRef ref : rule.getBackendRefs()) {
      String ns = ref.getNamespace() == null ? routeNamespace : ref.getNamespace();
      String name = ns + "/" + ref.getName();
      int weight = ref.getWeight() == null ? 1 : ref.getWeight();
      boolean isPool =
          InferencePool.GROUP.equals(ref.getGroup()) && "InferencePool".equals(ref.getKind());
      @Nullable PoolTarget pool = isPool ? targets.get(name) : null;
      out.add(new RouteRule.Backend(name, weight, pool));
    }
    return out;
  }

  private static String created(HasMetadata o) {
    String t = o.getMetadata().getCreationTimestamp();
    return t == null ? "" : t;
  }

  private static String namespace(HasMetadata o) {
    String ns = o.getMetadata().getNamespace();
    return ns == null || ns.isEmpty() ? "default" : ns;
  }
}
