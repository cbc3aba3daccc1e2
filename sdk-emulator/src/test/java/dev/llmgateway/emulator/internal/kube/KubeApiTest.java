package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, reaching and closing the API: kubeconfig, ports, an external Vert.x, bad input. */
class KubeApiTest {

  @Test
  void writeKubeconfig_fileWorksWithFabric8sOwnConfigLoading(@TempDir Path dir) throws Exception {
    try (KubeApi kube =
        TestClusters.guideCluster().defaultNamespace(TestClusters.NAMESPACE).start()) {
      Path file = kube.writeKubeconfig(dir.resolve("nested/kubeconfig"));
      String text = Files.readString(file);

      Config config = Config.fromKubeconfig(null, text, file.toString());
      try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
        assertEquals(kube.url() + "/", client.getMasterUrl().toString());
        assertEquals(TestClusters.NAMESPACE, client.getNamespace());
        assertEquals(2, client.pods().list().getItems().size());
        assertEquals("33", client.getKubernetesVersion().getMinor());
        assertTrue(client.supports(InferencePool.class));
        assertTrue(text.contains("current-context: llm-gateway-emulator"), text);
      }
    }
  }

  @Test
  void start_onAGivenPort_listensOnLoopbackThere() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (KubeApi kube = KubeApi.builder().port(port).start()) {
      assertEquals(port, kube.port());
      assertEquals("http://127.0.0.1:" + port, kube.url());
      assertEquals(200, new RawHttp(kube.url()).get("/api/v1/namespaces/default").status());
    }
  }

  @Test
  void externalVertx_isUsedAndLeftOpen() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      KubeApi kube = KubeApi.builder().vertx(vertx).start();
      assertEquals(200, new RawHttp(kube.url()).get("/version").status());
      kube.close();
      kube.close();

      assertEquals(
          "ok", vertx.executeBlocking(() -> "ok").toCompletionStage().toCompletableFuture().get());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
  }

  @Test
  void frontDoorHostName_isReportedAsAHostnameAddress() {
    try (KubeApi kube = KubeApi.builder().frontDoorHost("gateway.emulator.local").start()) {
      KubernetesApplier.builder()
          .client(kube.client())
          .build()
          .apply(InferenceGateways.gateway("gw", "default"));

      Gateway gw =
          kube.client().resources(Gateway.class).inNamespace("default").withName("gw").get();

      assertEquals("Hostname", gw.getStatus().getAddresses().get(0).getType());
      assertEquals("gateway.emulator.local", gw.getStatus().getAddresses().get(0).getValue());
    }
  }

  @Test
  void builder_badInput_namesTheField() {
    IllegalArgumentException port =
        assertThrows(IllegalArgumentException.class, () -> KubeApi.builder().port(70000).start());
    IllegalArgumentException host =
        assertThrows(
            IllegalArgumentException.class, () -> KubeApi.builder().frontDoorHost(" ").start());
    IllegalArgumentException namespace =
        assertThrows(IllegalArgumentException.class, () -> KubeApi.builder().addNamespace("Bad_"));
    IllegalArgumentException pod =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ModelServerPod("p", "ns", Map.of(), "10.0.0.1", 0));

    assertTrue(port.getMessage().startsWith("port"), port.getMessage());
    assertTrue(host.getMessage().startsWith("frontDoorHost"), host.getMessage());
    assertTrue(namespace.getMessage().startsWith("namespace"), namespace.getMessage());
    assertTrue(pod.getMessage().startsWith("containerPort"), pod.getMessage());
  }

  @Test
  void portInUse_failsToStartWithAClearError() throws Exception {
    try (KubeApi first = KubeApi.builder().start()) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> KubeApi.builder().port(first.port()).start());
      assertTrue(e.getCause() instanceof java.net.BindException, String.valueOf(e.getCause()));
      assertTrue(e.getMessage().contains("failed to start"), e.getMessage());
    }
  }
}
