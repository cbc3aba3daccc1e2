package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.emulator.internal.ClusterState;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.RouteParentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cluster state as the load balancer sees it: an HTTPRoute counts only while a Gateway that is
 * {@code Programmed} has accepted it (a {@code status.parents[]} entry for that Gateway with {@code
 * Accepted=True}), as GKE programs only such routes; every other kind passes through unchanged.
 * This class is thread-safe.
 */
public final class ProgrammedRoutes implements ClusterState {
  private final ClusterState cluster;

  /**
   * Creates the view.
   *
   * @param cluster what was applied
   */
  public ProgrammedRoutes(ClusterState cluster) {
    this.cluster = Objects.requireNonNull(cluster, "cluster == null");
  }

  @Override
  public <T extends HasMetadata> List<T> list(Class<T> type) {
    List<T> all = cluster.list(type);
    if (type != HTTPRoute.class) {
      return all;
    }
    List<Gateway> gateways = cluster.list(Gateway.class);
    List<T> out = new ArrayList<>();
    for (T o : all) {
      if (attached((HTTPRoute) o, gateways)) {
        out.add(o);
      }
    }
    return out;
  }

  @Override
  public void addListener(Runnable onChange) {
    cluster.addListener(onChange);
  }

  private static boolean attached(HTTPRoute route, List<Gateway> gateways) {
    if (route.getStatus() == null || route.getStatus().getParents() == null) {
      return false;
    }
    String routeNamespace = namespace(route);
    for (RouteParentStatus parent : route.getStatus().getParents()) {
      ParentReference ref = parent.getParentRef();
      if (ref == null
          || !isTrue(parent.getConditions(), "Accepted")
          || !"Gateway".equals(Objects.requireNonNullElse(ref.getKind(), "Gateway"))) {
        continue;
      }
      String ns = Objects.requireNonNullElse(ref.getNamespace(), routeNamespace);
      for (Gateway g : gateways) {
        if (namespace(g).equals(ns)
            && g.getMetadata().getName().equals(ref.getName())
            && g.getStatus() != null
            && isTrue(g.getStatus().getConditions(), "Programmed")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTrue(@Nullable List<Condition> conditions, String type) {
    if (conditions == null) {
      return false;
    }
    for (Condition c : conditions) {
      if (type.equals(c.getType()) && "True".equals(c.getStatus())) {
        return true;
      }
    }
    return false;
  }

  private static String namespace(HasMetadata o) {
    String ns = o.getMetadata().getNamespace();
    return ns == null || ns.isEmpty() ? "default" : ns;
  }
}
