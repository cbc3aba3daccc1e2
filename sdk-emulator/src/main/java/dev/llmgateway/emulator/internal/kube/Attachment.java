package dev.llmgateway.emulator.internal.kube;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How routes attach to Gateways and how references resolve, as the Gateway API defines it: a
 * parentRef defaults to group {@code gateway.networking.k8s.io}, kind {@code Gateway} and the
 * route's namespace; a listener admits routes from its own namespace unless {@code
 * allowedRoutes.namespaces.from} says otherwise; a backendRef defaults to a core Service in the
 * route's namespace and needs a ReferenceGrant across namespaces (not emulated: refused).
 */
final class Attachment {

  static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

  /** The controller name GKE's Gateway controller writes into route and policy status. */
  static final String CONTROLLER = "networking.gke.io/gateway";

  /** The field manager of the emulated GKE and Apigee controllers' status writes. */
  static final String MANAGER = "llm-gateway-emulator";

  /** Whether a reference resolved, and if not why. */
  record Resolution(boolean resolved, String reason, String message) {
    static final Resolution OK = new Resolution(true, "ResolvedRefs", "");
  }

  private Attachment() {}

  /** Returns the Gateway a parentRef of {@code route} names, if it is a Gateway that exists. */
  static Optional<ObjectNode> gateway(Store store, JsonNode ref, String routeNamespace) {
    if (!GATEWAY_GROUP.equals(text(ref, "group", GATEWAY_GROUP))
        || !"Gateway".equals(text(ref, "kind", "Gateway"))) {
      return Optional.empty();
    }
    return store
        .resources()
        .resolve(GATEWAY_GROUP, "v1", "gateways")
        .map(r -> store.get(r, text(ref, "namespace", routeNamespace), text(ref, "name", "")));
  }

  /** Returns whether {@code gateway} has a listener that admits a route of {@code namespace}. */
  static boolean admits(JsonNode gateway, String namespace, @Nullable String sectionName) {
    String gatewayNamespace = gateway.path("metadata").path("namespace").asString("");
    for (JsonNode listener : gateway.path("spec").path("listeners")) {
      if (sectionName != null && !sectionName.equals(listener.path("name").asString(""))) {
        continue;
      }
      String from = listener.path("allowedRoutes").path("namespaces").path("from").asString("Same");
      if (!"Same".equals(from) || gatewayNamespace.equals(namespace)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves a backend reference.
   *
   * @param defaultGroup the group when the reference has none
   * @param defaultKind the kind when the reference has none
   */
  static Resolution backend(
      Store store, JsonNode ref, String namespace, String defaultGroup, String defaultKind) {
    String group = text(ref, "group", defaultGroup);
    String kind = text(ref, "kind", defaultKind);
    String name = text(ref, "name", "");
    String ns = text(ref, "namespace", namespace);
    if (!ns.equals(namespace)) {
      return new Resolution(
          false,
          "RefNotPermitted",
          "reference to " + kind + " " + ns + "/" + name + " needs a ReferenceGrant");
    }
    Optional<ApiResource> r =
        store.resources().all().stream()
            .filter(x -> x.group().equals(group) && x.kind().equals(kind))
            .findFirst();
    if (r.isEmpty()) {
      return new Resolution(false, "InvalidKind", "unsupported backend kind " + group + "/" + kind);
    }
    if (store.get(r.get(), ns, name) == null) {
      return new Resolution(false, "BackendNotFound", kind + " " + ns + "/" + name + " not found");
    }
    return Resolution.OK;
  }

  /** Returns a text field of a reference, or the default when absent or empty. */
  static String text(JsonNode ref, String field, String fallback) {
    String value = ref.path(field).asString("");
    return value.isEmpty() ? fallback : value;
  }
}
