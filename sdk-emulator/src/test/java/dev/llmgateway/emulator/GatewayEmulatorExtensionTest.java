package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.client.GatewayClient;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension with default settings: one emulator for the class, injected where asked. */
@ExtendWith(GatewayEmulatorExtension.class)
class GatewayEmulatorExtensionTest {
  private static GatewayEmulator fromBeforeAll;

  @BeforeAll
  static void remember(GatewayEmulator emulator) {
    fromBeforeAll = emulator;
  }

  @Test
  void parameters_areTheClassEmulatorAndItsClient(GatewayEmulator emulator, GatewayClient client) {
    assertSame(fromBeforeAll, emulator);
    assertSame(emulator.gatewayClient(), client);
    assertEquals("/gcs/google/gemma-3-1b-it", client.models().list().get(0).id());
  }

  @Test
  void parameters_includeThePreWiredApigeeAndKubernetesClients(
      GatewayEmulator emulator, ApigeeClient apigee, KubernetesClient kube) {
    assertSame(emulator.apigeeClient(), apigee);
    assertSame(emulator.kubernetesClient(), kube);
    assertTrue(apigee.developers().list().isEmpty());
    Gateway gateway =
        kube.resources(Gateway.class)
            .inNamespace("ira-online-gpu")
            .withName("inference-gateway")
            .get();
    assertEquals("127.0.0.1", gateway.getStatus().getAddresses().get(0).getValue());
    assertEquals(2, kube.pods().inNamespace("ira-online-gpu").list().getItems().size());
  }
}
