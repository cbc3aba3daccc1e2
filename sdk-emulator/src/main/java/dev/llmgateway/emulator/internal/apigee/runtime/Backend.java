package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gke.Extension;
import dev.llmgateway.admin.k8s.gke.ExtensionBackendRef;
import dev.llmgateway.admin.k8s.gke.ExtensionChain;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.emulator.internal.ClusterState;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The ApigeeBackendService that governs traffic: the first one (in creation order of the
 * extensions) that a GCPTrafficExtension's extension references through its {@code backendRef}, in
 * the extension's namespace. Without one, Apigee is not in the path and nothing runs. Its name is
 * also the name of the proxy the APIM operator generates for it.
 *
 * @param name the ApigeeBackendService's name
 * @param namespace its namespace
 * @param environment its {@code apigeeEnv}, or null
 * @param defaultSecurity its {@code defaultSecurityEnabled} (unset counts as false)
 */
record Backend(
    String name, String namespace, @Nullable String environment, boolean defaultSecurity) {

  /**
   * Finds the governing backend.
   *
   * @param cluster what was applied
   * @return the backend, or null when no extension references an ApigeeBackendService
   */
  static @Nullable Backend find(ClusterState cluster) {
    List<ApigeeBackendService> services = cluster.list(ApigeeBackendService.class);
    for (GcpTrafficExtension ext : cluster.list(GcpTrafficExtension.class)) {
      if (ext.getSpec() == null) {
        continue;
      }
      String ns = namespace(ext.getMetadata().getNamespace());
      for (ExtensionChain chain : ext.getSpec().extensionChains()) {
        for (Extension e : chain.extensions()) {
          ExtensionBackendRef ref = e.backendRef();
          if (ref == null || !ExtensionBackendRef.APIGEE_BACKEND_SERVICE.equals(ref.kind())) {
            continue;
          }
          for (ApigeeBackendService s : services) {
            if (s.getMetadata().getName().equals(ref.name())
                && namespace(s.getMetadata().getNamespace()).equals(ns)) {
              var spec = s.getSpec();
              return new Backend(
                  ref.name(),
                  ns,
                  spec == null ? null : spec.apigeeEnv(),
                  spec != null && Boolean.TRUE.equals(spec.defaultSecurityEnabled()));
            }
          }
        }
      }
    }
    return null;
  }

  static String namespace(@Nullable String ns) {
    return Objects.requireNonNullElse(ns, "default");
  }
}
