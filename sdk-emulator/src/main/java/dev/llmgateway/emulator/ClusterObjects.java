package dev.llmgateway.emulator;

import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRefBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster objects the emulator starts with while no Kubernetes API runs: one InferencePool per
 * model (selecting its replicas by {@code app=<poolName>}, Endpoint Picker {@code <poolName>-epp}
 * on 9002 as the chart names it), the builder's InferenceObjectives, and the guide's HTTPRoute
 * {@code llm-route} ({@code PathPrefix /}) with every pool as a backendRef.
 */
final class ClusterObjects {
  static final String ROUTE = "llm-route";
  static final String GATEWAY = "inference-gateway";
  static final int TARGET_PORT = 8000;

  private ClusterObjects() {}

  static List<HasMetadata> of(
      List<EmulatedModel> models, String namespace, List<InferenceObjective> objectives) {
    List<HasMetadata> out = new ArrayList<>();
    List<HTTPBackendRef> refs = new ArrayList<>();
    for (EmulatedModel m : models) {
      out.add(
          InferencePool.builder()
              .name(m.poolName())
              .namespace(namespace)
              .targetPort(TARGET_PORT)
              .putSelectorLabel("app", m.poolName())
              .endpointPicker(m.poolName() + "-epp", 9002)
              .build());
      refs.add(
          new HTTPBackendRefBuilder()
              .withGroup(InferencePool.GROUP)
              .withKind("InferencePool")
              .withName(m.poolName())
              .build());
    }
    for (InferenceObjective o : objectives) {
      out.add(
          o.getMetadata().getNamespace() == null ? o.toBuilder().namespace(namespace).build() : o);
    }
    HTTPRoute route =
        new HTTPRouteBuilder()
            .withNewMetadata()
            .withName(ROUTE)
            .withNamespace(namespace)
            .endMetadata()
            .withNewSpec()
            .addNewParentRef()
            .withGroup("gateway.networking.k8s.io")
            .withKind("Gateway")
            .withName(GATEWAY)
            .endParentRef()
            .addNewRule()
            .withBackendRefs(refs)
            .addNewMatch()
            .withNewPath()
            .withType("PathPrefix")
            .withValue("/")
            .endPath()
            .endMatch()
            .endRule()
            .endSpec()
            .build();
    out.add(route);
    return out;
  }
}
