package dev.llmgateway.emulator;

import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
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
 * The cluster objects of {@link ClusterSetup#SERVING} and {@link ClusterSetup#GUIDE}: one
 * InferencePool per model (selecting its replicas by {@code app=<poolName>}, Endpoint Picker {@code
 * <poolName>-epp} on 9002 as the chart names it), the builder's InferenceObjectives, the Gateway
 * {@code inference-gateway} and the guide's HTTPRoute {@code llm-route} ({@code PathPrefix /}) with
 * every pool as a backendRef.
 */
final class ClusterObjects {
  static final String ROUTE = "llm-route";
  static final String GATEWAY = "inference-gateway";
  static final int TARGET_PORT = 8000;

  private ClusterObjects() {}

  /** The objects of {@link ClusterSetup#SERVING}. */
  static List<HasMetadata> serving(
      List<EmulatedModel> models, String namespace, List<InferenceObjective> objectives) {
    List<HasMetadata> out = new ArrayList<>();
    for (EmulatedModel m : models) {
      out.add(pool(m, namespace));
    }
    out.addAll(objectives(objectives, namespace));
    out.add(InferenceGateways.gateway(GATEWAY, namespace));
    out.add(route(models, namespace));
    return out;
  }

  /**
   * The objects of {@link ClusterSetup#GUIDE}: the guide's, where the first model's pool is the
   * model-server label; further models get a pool each and a place in the route.
   */
  static List<HasMetadata> guide(
      List<EmulatedModel> models,
      String namespace,
      List<InferenceObjective> objectives,
      long quotaPerMinute) {
    List<HasMetadata> out = new ArrayList<>();
    for (HasMetadata o :
        GuideResources.builder()
            .namespace(namespace)
            .modelServerLabel(models.get(0).poolName())
            .quotaPerMinute(quotaPerMinute)
            .build()
            .objects()) {
      out.add(o instanceof HTTPRoute && models.size() > 1 ? route(models, namespace) : o);
    }
    for (EmulatedModel m : models.subList(1, models.size())) {
      out.add(pool(m, namespace));
    }
    out.addAll(objectives(objectives, namespace));
    return out;
  }

  private static InferencePool pool(EmulatedModel m, String namespace) {
    return InferencePool.builder()
        .name(m.poolName())
        .namespace(namespace)
        .targetPort(TARGET_PORT)
        .putSelectorLabel("app", m.poolName())
        .endpointPicker(m.poolName() + "-epp", 9002)
        .build();
  }

  private static List<InferenceObjective> objectives(
      List<InferenceObjective> objectives, String namespace) {
    List<InferenceObjective> out = new ArrayList<>();
    for (InferenceObjective o : objectives) {
      out.add(
          o.getMetadata().getNamespace() == null ? o.toBuilder().namespace(namespace).build() : o);
    }
    return out;
  }

  private static HTTPRoute route(List<EmulatedModel> models, String namespace) {
    List<HTTPBackendRef> refs = new ArrayList<>();
    for (EmulatedModel m : models) {
      refs.add(
          new HTTPBackendRefBuilder()
              .withGroup(InferencePool.GROUP)
              .withKind("InferencePool")
              .withName(m.poolName())
              .build());
    }
    return new HTTPRouteBuilder()
        .withNewMetadata()
        .withName(ROUTE)
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .addNewParentRef()
        .withGroup(InferenceGateways.GATEWAY_GROUP)
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
  }
}
