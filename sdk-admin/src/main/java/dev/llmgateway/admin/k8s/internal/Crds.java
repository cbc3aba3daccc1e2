package dev.llmgateway.admin.k8s.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CRD presence checks and preparation of objects for server-side apply. */
public final class Crds {

  private static final Set<String> BUILT_IN =
      Set.of(
          "rbac.authorization.k8s.io",
          "networking.k8s.io",
          "storage.k8s.io",
          "coordination.k8s.io",
          "admissionregistration.k8s.io",
          "scheduling.k8s.io",
          "certificates.k8s.io",
          "discovery.k8s.io",
          "node.k8s.io",
          "events.k8s.io",
          "flowcontrol.apiserver.k8s.io",
          "apiextensions.k8s.io",
          "apiregistration.k8s.io",
          "authentication.k8s.io",
          "authorization.k8s.io",
          "resource.k8s.io");

  private static final List<String> SERVER_FIELDS =
      List.of(
          "resourceVersion",
          "uid",
          "creationTimestamp",
          "generation",
          "managedFields",
          "selfLink",
          "deletionTimestamp",
          "deletionGracePeriodSeconds");

  private Crds() {}

  /**
   * Returns the missing CRDs (or CRDs that do not serve the needed version), in first-use order.
   */
  public static List<String> missing(KubernetesClient client, List<? extends HasMetadata> objects) {
    Map<String, String> needed = new LinkedHashMap<>();
    for (HasMetadata o : objects) {
      String apiVersion = o.getApiVersion();
      int slash = apiVersion.indexOf('/');
      if (slash < 0) {
        continue;
      }
      String group = apiVersion.substring(0, slash);
      if (!group.contains(".") || BUILT_IN.contains(group)) {
        continue;
      }
      String crd = HasMetadata.getPlural(o.getClass()) + "." + group;
      needed.putIfAbsent(crd, apiVersion.substring(slash + 1));
    }
    List<String> missing = new ArrayList<>();
    needed.forEach(
        (name, version) -> {
          CustomResourceDefinition crd =
              client.apiextensions().v1().customResourceDefinitions().withName(name).get();
          if (crd == null) {
            missing.add(name);
          } else if (!serves(crd, version)) {
            missing.add(name + " (version " + version + " not served)");
          }
        });
    return missing;
  }

  private static boolean serves(CustomResourceDefinition crd, String version) {
    if (crd.getSpec() == null || crd.getSpec().getVersions() == null) {
      return false;
    }
    for (CustomResourceDefinitionVersion v : crd.getSpec().getVersions()) {
      if (version.equals(v.getName()) && !Boolean.FALSE.equals(v.getServed())) {
        return true;
      }
    }
    return false;
  }

  /** Returns a copy without status and server-set metadata, ready for server-side apply. */
  @SuppressWarnings("unchecked")
  public static <T extends HasMetadata> T fresh(T object) {
    Map<String, Object> map = Serialization.KUBERNETES.convertValue(object, Map.class);
    map.remove("status");
    Object meta = map.get("metadata");
    if (meta instanceof Map) {
      SERVER_FIELDS.forEach(((Map<String, Object>) meta)::remove);
    }
    return (T) Serialization.KUBERNETES.convertValue(map, object.getClass());
  }
}
