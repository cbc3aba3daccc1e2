package dev.llmgateway.admin.stack;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayStatusAddress;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Looks up what the guide finds with kubectl and jq: the model-server pods' {@code app} label
 * ({@code kubectl get pods -o json | jq .items[0].metadata.labels.app}) and the Gateway's address
 * ({@code jq .status.addresses[0].value}).
 */
final class Discovery {

  private static final Set<String> FINISHED = Set.of("Succeeded", "Failed");

  private Discovery() {}

  /**
   * Returns the one {@code app} label of the namespace's running pods.
   *
   * @throws DiscoveryException when no pod has one, or pods have different ones
   */
  static String modelServerLabel(KubernetesClient client, String namespace) {
    List<Pod> pods = client.pods().inNamespace(namespace).list().getItems();
    Map<String, Integer> labels = new TreeMap<>();
    for (Pod pod : pods) {
      Map<String, String> podLabels = pod.getMetadata().getLabels();
      String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
      if (podLabels != null && podLabels.get("app") != null && !FINISHED.contains(phase)) {
        labels.merge(podLabels.get("app"), 1, Integer::sum);
      }
    }
    if (labels.isEmpty()) {
      throw new DiscoveryException(
          "no running pod in namespace "
              + namespace
              + " has an app label ("
              + pods.size()
              + (pods.size() == 1 ? " pod" : " pods")
              + " seen): deploy the model servers first, check the namespace, or set"
              + " modelServerLabel (--model-server-label) to their app label");
    }
    if (labels.size() > 1) {
      throw new DiscoveryException(
          "pods in namespace "
              + namespace
              + " have "
              + labels.size()
              + " different app labels: "
              + labels.entrySet().stream()
                  .map(
                      e ->
                          e.getKey()
                              + " ("
                              + e.getValue()
                              + (e.getValue() == 1 ? " pod)" : " pods)"))
                  .collect(Collectors.joining(", "))
              + "; set modelServerLabel (--model-server-label) to the model servers' label");
    }
    return labels.keySet().iterator().next();
  }

  /**
   * Returns {@code http://ADDRESS[:PORT]} from the Gateway's first address and first listener.
   *
   * @throws DiscoveryException when the Gateway is absent or has no address yet
   */
  static String gatewayUrl(KubernetesClient client, String namespace, String name) {
    Gateway gateway = client.resources(Gateway.class).inNamespace(namespace).withName(name).get();
    String subject = "Gateway " + namespace + "/" + name;
    if (gateway == null) {
      throw new DiscoveryException(
          subject + " not found: apply the stack first, or set gatewayUrl (--gateway-url)");
    }
    List<GatewayStatusAddress> addresses =
        gateway.getStatus() == null ? null : gateway.getStatus().getAddresses();
    if (addresses == null || addresses.isEmpty() || addresses.get(0).getValue() == null) {
      throw new DiscoveryException(
          subject
              + " has no address yet (status.addresses is empty): wait until it is Programmed,"
              + " or set gatewayUrl (--gateway-url)");
    }
    String host = addresses.get(0).getValue();
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    List<Listener> listeners = gateway.getSpec() == null ? null : gateway.getSpec().getListeners();
    Integer port = listeners == null || listeners.isEmpty() ? null : listeners.get(0).getPort();
    return "http://" + host + (port == null || port == 80 ? "" : ":" + port);
  }
}
