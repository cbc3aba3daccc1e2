package dev.llmgateway.admin.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Discovery of the model-server label and the Gateway's address, on Fabric8's mock server. */
@EnableKubernetesMockClient(crud = true)
class DiscoveryTest {

  KubernetesClient client;

  private void pod(String name, @Nullable String app, String phase) {
    PodBuilder b =
        new PodBuilder().withNewMetadata().withName(name).withNamespace("ns").endMetadata();
    if (app != null) {
      b.editMetadata().withLabels(Map.of("app", app)).endMetadata();
    }
    client.pods().resource(b.withNewStatus().withPhase(phase).endStatus().build()).create();
  }

  @Test
  void modelServerLabel_runningPodsWithOneLabel_returnsIt() {
    pod("vllm-0", "vllm-l4-gemma-3-1b-it", "Running");
    pod("vllm-1", "vllm-l4-gemma-3-1b-it", "Running");
    pod("epp-0", null, "Running");
    pod("old-job", "batch-import", "Succeeded");

    assertEquals("vllm-l4-gemma-3-1b-it", Discovery.modelServerLabel(client, "ns"));
  }

  @Test
  void modelServerLabel_twoLabels_failsNamingBothWithTheirPodCounts() {
    pod("a-0", "vllm-a", "Running");
    pod("b-0", "vllm-b", "Pending");
    pod("b-1", "vllm-b", "Running");

    DiscoveryException e =
        assertThrows(DiscoveryException.class, () -> Discovery.modelServerLabel(client, "ns"));

    assertEquals(
        "pods in namespace ns have 2 different app labels: vllm-a (1 pod), vllm-b (2 pods); set"
            + " modelServerLabel (--model-server-label) to the model servers' label",
        e.getMessage());
  }

  @Test
  void modelServerLabel_noPodWithAnAppLabel_failsSayingWhatToDo() {
    pod("epp-0", null, "Running");

    DiscoveryException e =
        assertThrows(DiscoveryException.class, () -> Discovery.modelServerLabel(client, "ns"));

    assertEquals(
        "no running pod in namespace ns has an app label (1 pod seen): deploy the model servers"
            + " first, check the namespace, or set modelServerLabel (--model-server-label) to"
            + " their app label",
        e.getMessage());
  }

  private void gateway(@Nullable String address, int port) {
    GatewayBuilder b =
        new GatewayBuilder()
            .withNewMetadata()
            .withName("gw")
            .withNamespace("ns")
            .endMetadata()
            .withNewSpec()
            .withGatewayClassName("c")
            .addNewListener()
            .withName("http")
            .withPort(port)
            .withProtocol("HTTP")
            .endListener()
            .endSpec();
    if (address != null) {
      b.withNewStatus().addNewAddress().withValue(address).endAddress().endStatus();
    }
    client.resource(b.build()).create();
  }

  @Test
  void gatewayUrl_addressAndPort80_isPlainHttpAddress() {
    gateway("34.0.0.10", 80);
    assertEquals("http://34.0.0.10", Discovery.gatewayUrl(client, "ns", "gw"));
  }

  @Test
  void gatewayUrl_otherPortAndIpv6_bracketsTheAddressAndAddsThePort() {
    gateway("2001:db8::1", 8080);
    assertEquals("http://[2001:db8::1]:8080", Discovery.gatewayUrl(client, "ns", "gw"));
  }

  @Test
  void gatewayUrl_noAddressOrNoGateway_failsNamingTheGateway() {
    DiscoveryException absent =
        assertThrows(DiscoveryException.class, () -> Discovery.gatewayUrl(client, "ns", "gw"));
    assertEquals(
        "Gateway ns/gw not found: apply the stack first, or set gatewayUrl (--gateway-url)",
        absent.getMessage());
    gateway(null, 80);
    DiscoveryException pending =
        assertThrows(DiscoveryException.class, () -> Discovery.gatewayUrl(client, "ns", "gw"));
    assertEquals(
        "Gateway ns/gw has no address yet (status.addresses is empty): wait until it is"
            + " Programmed, or set gatewayUrl (--gateway-url)",
        pending.getMessage());
  }
}
