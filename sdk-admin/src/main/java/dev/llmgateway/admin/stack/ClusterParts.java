package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.k8s.EndpointPickerSet;
import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.Manifests;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stack's cluster objects: the guide's, from {@link GuideResources}, with the replaced parts
 * swapped in, every object labelled with the stack's name and namespace, in apply order.
 */
final class ClusterParts {

  /** The label that names the stack an object belongs to. */
  static final String STACK_LABEL = "llmgateway.dev/stack";

  /** The label with the stack's namespace, so that cluster-scoped objects are told apart. */
  static final String STACK_NAMESPACE_LABEL = "llmgateway.dev/stack-namespace";

  private ClusterParts() {}

  static List<HasMetadata> objects(StackInputs in, String modelServerLabel) {
    List<HasMetadata> objects =
        new ArrayList<>(
            GuideResources.builder()
                .namespace(in.namespace())
                .modelServerLabel(modelServerLabel)
                .apigeeEnv(in.apigeeEnv())
                .project(in.project())
                .region(in.region())
                .network(in.network())
                .subnet(in.subnet())
                .gatewayName(in.gatewayName())
                .productName(in.productName())
                .quotaPerMinute(in.quotaPerMinute())
                .build()
                .objects());
    if (in.endpointPicker().isPresent()) {
      Set<String> chart =
          EndpointPickerSet.builder()
              .releaseName(modelServerLabel)
              .namespace(in.namespace())
              .build()
              .objects()
              .stream()
              .map(ClusterParts::key)
              .collect(Collectors.toSet());
      objects.removeIf(o -> chart.contains(key(o)));
      objects.addAll(0, in.endpointPicker().get().objects());
    }
    Optional<HasMetadata> gateway = in.gateway().map(g -> g);
    if (gateway.isEmpty() && (in.gatewayPort() != 80 || !isDefaultClass(in))) {
      gateway =
          Optional.of(
              InferenceGateways.gateway(
                  in.gatewayName(),
                  in.namespace(),
                  in.gatewayClassName(),
                  "http",
                  in.gatewayPort()));
    }
    replace(objects, "Gateway", gateway);
    replace(objects, "InferenceObjective", in.objective().map(o -> o));
    replace(objects, "HTTPRoute", in.route().map(o -> o));
    replace(objects, "ApigeeBackendService", in.backendService().map(o -> o));
    replace(objects, "GCPTrafficExtension", in.trafficExtension().map(o -> o));
    replace(objects, "APIProduct", in.productResource().map(o -> o));
    replace(objects, "APIOperationSet", in.operationSet().map(o -> o));
    List<HasMetadata> labelled = new ArrayList<>();
    for (HasMetadata o : objects) {
      labelled.add(label(Manifests.copy(o), in));
    }
    return KubernetesApplier.applyOrder(labelled);
  }

  /** Returns the labels that select the stack's objects. */
  static Map<String, String> selector(StackInputs in) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(STACK_LABEL, in.name());
    labels.put(STACK_NAMESPACE_LABEL, in.namespace());
    return labels;
  }

  /** Returns {@code kind/namespace/name}, which identifies an object. */
  static String key(HasMetadata o) {
    String ns = o.getMetadata().getNamespace();
    return o.getKind() + "/" + (ns == null ? "" : ns) + "/" + o.getMetadata().getName();
  }

  /** Returns {@code namespace/name}, or the name of a cluster-scoped object. */
  static String name(HasMetadata o) {
    String ns = o.getMetadata().getNamespace();
    return (ns == null ? "" : ns + "/") + o.getMetadata().getName();
  }

  private static boolean isDefaultClass(StackInputs in) {
    return InferenceGateways.REGIONAL_EXTERNAL_CLASS.equals(in.gatewayClassName());
  }

  private static void replace(
      List<HasMetadata> objects, String kind, Optional<HasMetadata> replacement) {
    if (replacement.isEmpty()) {
      return;
    }
    for (int i = 0; i < objects.size(); i++) {
      if (kind.equals(objects.get(i).getKind())) {
        objects.set(i, replacement.get());
        return;
      }
    }
    objects.add(replacement.get());
  }

  private static HasMetadata label(HasMetadata o, StackInputs in) {
    if (o instanceof Namespaced && o.getMetadata().getNamespace() == null) {
      o.getMetadata().setNamespace(in.namespace());
    }
    Map<String, String> labels =
        o.getMetadata().getLabels() == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(o.getMetadata().getLabels());
    labels.putAll(selector(in));
    o.getMetadata().setLabels(labels);
    return o;
  }
}
