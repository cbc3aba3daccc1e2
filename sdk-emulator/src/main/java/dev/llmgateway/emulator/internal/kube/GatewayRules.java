package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewaySpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The required-field and range rules of the Gateway API CRDs (v1.2.1, standard channel) for Gateway
 * and HTTPRoute, whose classes come from Fabric8 and have no validating builder. Each failure is an
 * {@link IllegalArgumentException} whose message starts with the field path.
 */
final class GatewayRules {

  private GatewayRules() {}

  static void gateway(Gateway g) {
    GatewaySpec spec = g.getSpec();
    Checks.maxLength(
        Checks.notBlank(spec.getGatewayClassName(), "spec.gatewayClassName"),
        253,
        "spec.gatewayClassName");
    List<Listener> listeners = nonNull(spec.getListeners());
    Checks.size(listeners, 1, 64, "spec.listeners");
    for (int i = 0; i < listeners.size(); i++) {
      Listener l = listeners.get(i);
      String at = "spec.listeners[" + i + "].";
      Checks.notBlank(l.getName(), at + "name");
      Checks.notNullArgument(l.getPort(), at + "port");
      KubeRules.port(l.getPort(), at + "port");
      Checks.notBlank(l.getProtocol(), at + "protocol");
    }
  }

  static void route(HTTPRoute r) {
    List<ParentReference> parents = nonNull(r.getSpec().getParentRefs());
    Checks.size(parents, 0, 32, "spec.parentRefs");
    for (int i = 0; i < parents.size(); i++) {
      KubeRules.refName(parents.get(i).getName(), "spec.parentRefs[" + i + "].name");
    }
    List<HTTPRouteRule> rules = nonNull(r.getSpec().getRules());
    Checks.size(rules, 0, 16, "spec.rules");
    for (int i = 0; i < rules.size(); i++) {
      List<HTTPBackendRef> refs = nonNull(rules.get(i).getBackendRefs());
      for (int j = 0; j < refs.size(); j++) {
        String at = "spec.rules[" + i + "].backendRefs[" + j + "].";
        KubeRules.refName(refs.get(j).getName(), at + "name");
        Integer weight = refs.get(j).getWeight();
        if (weight != null) {
          Checks.range(weight, 0, 1_000_000, at + "weight");
        }
      }
    }
  }

  private static <T> List<T> nonNull(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
