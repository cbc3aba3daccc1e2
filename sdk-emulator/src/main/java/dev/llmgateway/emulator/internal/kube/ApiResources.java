package dev.llmgateway.emulator.internal.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The resources the API serves: a fixed table of built-in kinds (what the emulator's users and the
 * guide touch) plus every stored CustomResourceDefinition. A request for anything else gets 404, as
 * on a real API server.
 */
final class ApiResources {

  private static final List<ApiResource> BUILT_IN =
      List.of(
          core("pods", "Pod", true, true, "po"),
          core("services", "Service", true, true, "svc"),
          core("configmaps", "ConfigMap", true, false, "cm"),
          core("secrets", "Secret", true, false),
          core("serviceaccounts", "ServiceAccount", true, false, "sa"),
          core("endpoints", "Endpoints", true, false, "ep"),
          core("events", "Event", true, false, "ev"),
          core("persistentvolumeclaims", "PersistentVolumeClaim", true, true, "pvc"),
          core("namespaces", "Namespace", false, true, "ns"),
          core("nodes", "Node", false, true, "no"),
          core("persistentvolumes", "PersistentVolume", false, true, "pv"),
          of("apps", "v1", "deployments", "Deployment", true, true, "deploy"),
          of("apps", "v1", "replicasets", "ReplicaSet", true, true, "rs"),
          of("apps", "v1", "statefulsets", "StatefulSet", true, true, "sts"),
          of("apps", "v1", "daemonsets", "DaemonSet", true, true, "ds"),
          of("batch", "v1", "jobs", "Job", true, true),
          of("batch", "v1", "cronjobs", "CronJob", true, true, "cj"),
          of("rbac.authorization.k8s.io", "v1", "roles", "Role", true, false),
          of("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", true, false),
          of("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false, false),
          of(
              "rbac.authorization.k8s.io",
              "v1",
              "clusterrolebindings",
              "ClusterRoleBinding",
              false,
              false),
          of("networking.k8s.io", "v1", "ingresses", "Ingress", true, true, "ing"),
          of("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true, false, "netpol"),
          of("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", true, false),
          of("coordination.k8s.io", "v1", "leases", "Lease", true, false),
          of("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", true, true, "pdb"),
          of(
              "autoscaling",
              "v2",
              "horizontalpodautoscalers",
              "HorizontalPodAutoscaler",
              true,
              true,
              "hpa"),
          of(
              "apiextensions.k8s.io",
              "v1",
              "customresourcedefinitions",
              "CustomResourceDefinition",
              false,
              true,
              "crd",
              "crds"));

  /** The CustomResourceDefinition resource. */
  static final ApiResource CRDS = BUILT_IN.get(BUILT_IN.size() - 1);

  /** The Namespace resource. */
  static final ApiResource NAMESPACES = BUILT_IN.get(8);

  private final Supplier<List<JsonNode>> crds;

  /**
   * Creates the table.
   *
   * @param crds the stored CustomResourceDefinitions, read on each lookup
   */
  ApiResources(Supplier<List<JsonNode>> crds) {
    this.crds = crds;
  }

  private static ApiResource core(
      String plural, String kind, boolean namespaced, boolean status, String... shortNames) {
    return of("", "v1", plural, kind, namespaced, status, shortNames);
  }

  private static ApiResource of(
      String group,
      String version,
      String plural,
      String kind,
      boolean namespaced,
      boolean status,
      String... shortNames) {
    return new ApiResource(group, version, plural, kind, namespaced, status, List.of(shortNames));
  }

  /** Returns the resource served at {@code group/version/plural}, if any. */
  Optional<ApiResource> resolve(String group, String version, String plural) {
    for (ApiResource r : all()) {
      if (r.group().equals(group) && r.version().equals(version) && r.plural().equals(plural)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Returns the resource of a kind at an apiVersion, if any. */
  Optional<ApiResource> byKind(String apiVersion, String kind) {
    for (ApiResource r : all()) {
      if (r.apiVersion().equals(apiVersion) && r.kind().equals(kind)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Returns every served resource: the built-in ones, then one per served CRD version. */
  List<ApiResource> all() {
    List<ApiResource> all = new ArrayList<>(BUILT_IN);
    for (JsonNode crd : crds.get()) {
      JsonNode spec = crd.path("spec");
      String group = spec.path("group").asString("");
      String plural = spec.path("names").path("plural").asString("");
      String kind = spec.path("names").path("kind").asString("");
      boolean namespaced = !"Cluster".equals(spec.path("scope").asString(""));
      for (JsonNode v : spec.path("versions")) {
        if (!v.path("served").asBoolean(true) || group.isEmpty() || plural.isEmpty()) {
          continue;
        }
        boolean status = v.path("subresources").has("status");
        List<String> shortNames = new ArrayList<>();
        spec.path("names").path("shortNames").forEach(n -> shortNames.add(n.asString("")));
        all.add(
            new ApiResource(
                group, v.path("name").asString(""), plural, kind, namespaced, status, shortNames));
      }
    }
    return all;
  }
}
