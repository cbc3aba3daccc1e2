package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.List;
import java.util.Map;

/**
 * A proxy revision the emulator can execute: its endpoints and its policies by name.
 *
 * @param name the proxy name
 * @param revision the revision number
 * @param endpoints the proxy endpoints, at least one
 * @param policies the policies by name
 * @param targets the target endpoints by name
 */
public record ProxyPlan(
    String name,
    int revision,
    List<EndpointPlan> endpoints,
    Map<String, PolicyDef> policies,
    Map<String, TargetPlan> targets) {

  /**
   * Picks the endpoint for a request path: the one with the longest base path the path starts with;
   * otherwise the one named {@code default}; otherwise the first. (Behind the Gateway's traffic
   * extension every request reaches the proxy whatever its path.)
   *
   * @param path the request path
   * @return the endpoint
   */
  public EndpointPlan endpointFor(String path) {
    EndpointPlan best = null;
    for (EndpointPlan e : endpoints) {
      String base = e.basePath();
      boolean prefix =
          base.equals("/")
              || path.equals(base)
              || path.startsWith(base.endsWith("/") ? base : base + "/");
      if (prefix && (best == null || base.length() > best.basePath().length())) {
        best = e;
      }
    }
    if (best != null) {
      return best;
    }
    for (EndpointPlan e : endpoints) {
      if (e.name().equals("default")) {
        return e;
      }
    }
    return endpoints.get(0);
  }
}
