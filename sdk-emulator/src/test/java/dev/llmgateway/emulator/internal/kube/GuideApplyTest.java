package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** sdk-admin's KubernetesApplier against the emulator's Kubernetes API, unchanged. */
class GuideApplyTest {

  private static KubeApi kube;
  private static KubernetesApplier applier;

  @BeforeAll
  static void start() {
    kube = TestClusters.guideCluster().start();
    Duration wait = Duration.ofSeconds(20);
    applier =
        KubernetesApplier.builder()
            .client(kube.client())
            .defaultTimeout(wait)
            .timeout("Gateway", wait)
            .timeout("ApigeeBackendService", wait)
            .build();
  }

  @AfterAll
  static void stop() {
    kube.close();
  }

  @Test
  void applyAndWait_guideObjects_waitsCompleteReapplyIsNoOpAndDeleteRemovesAll() {
    List<HasMetadata> objects = GuideResources.builder().build().objects();

    List<HasMetadata> ready = applier.applyAndWait(objects);

    assertEquals(25, ready.size());
    Gateway gateway = one(ready, Gateway.class);
    assertEquals("127.0.0.1", gateway.getStatus().getAddresses().get(0).getValue());
    assertEquals("IPAddress", gateway.getStatus().getAddresses().get(0).getType());
    HTTPRoute route = one(ready, HTTPRoute.class);
    assertEquals(
        "networking.gke.io/gateway", route.getStatus().getParents().get(0).getControllerName());
    assertEquals(1, one(ready, GcpTrafficExtension.class).getStatus().ancestors().size());
    assertEquals(
        "CREATED", one(ready, ApigeeBackendService.class).getStatus().field("state").orElseThrow());
    assertEquals(1, one(ready, Deployment.class).getStatus().getAvailableReplicas());

    KubernetesClient client = kube.client();
    Map<String, String> versions = versions(client, objects);
    List<HasMetadata> again = applier.apply(objects);
    assertEquals(25, again.size());
    assertEquals(versions, versions(client, objects), "a second apply changed something");

    assertEquals(25, applier.delete(objects));
    for (HasMetadata o : objects) {
      assertNull(client.resource(o).get(), () -> "still there: " + o.getKind());
    }
  }

  private static Map<String, String> versions(KubernetesClient client, List<HasMetadata> objects) {
    Map<String, String> out = new LinkedHashMap<>();
    for (HasMetadata o : objects) {
      HasMetadata live = client.resource(o).get();
      assertNotNull(live, () -> "missing " + o.getKind());
      out.put(
          o.getKind() + "/" + o.getMetadata().getName(),
          live.getMetadata().getResourceVersion() + "@" + live.getMetadata().getGeneration());
    }
    assertTrue(out.size() >= 25);
    return out;
  }

  private static <T> T one(List<HasMetadata> objects, Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }
}
