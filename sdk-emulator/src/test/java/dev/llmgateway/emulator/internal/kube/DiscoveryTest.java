package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Discovery and the OpenAPI v3 index, as kubectl and generic clients read them. */
class DiscoveryTest {

  private static KubeApi kube;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    kube = TestClusters.guideCluster().start();
    http = new RawHttp(kube.url());
  }

  @AfterAll
  static void stop() {
    kube.close();
  }

  @Test
  void groupsAndResources_includeBuiltInsAndTheInstalledCrds() {
    JsonNode groups = http.get("/apis").json();
    JsonNode core = http.get("/api/v1").json();
    JsonNode gateway = http.get("/apis/gateway.networking.k8s.io/v1").json();

    assertEquals("APIGroupList", groups.path("kind").asString());
    assertTrue(groups.toString().contains("\"name\":\"apim.googleapis.com\""));
    assertEquals("v1", http.get("/api").json().path("versions").get(0).asString());
    assertTrue(core.toString().contains("\"name\":\"pods/status\""));
    assertTrue(core.toString().contains("\"shortNames\":[\"po\"]"));
    assertTrue(gateway.toString().contains("\"shortNames\":[\"gtw\"]"));
    assertEquals(404, http.get("/apis/example.com").status());
  }

  @Test
  void openApiIndex_declaresServerSideFieldValidationPerKind() {
    JsonNode root = http.get("/openapi/v3").json();
    JsonNode doc = http.get("/openapi/v3/api/v1").json();

    assertEquals(
        "/openapi/v3/apis/inference.networking.k8s.io/v1",
        root.at("/paths/apis~1inference.networking.k8s.io~1v1/serverRelativeURL").asString());
    JsonNode patch =
        doc.path("paths").path("/api/v1/namespaces/{namespace}/configmaps/{name}").path("patch");
    assertEquals("ConfigMap", patch.at("/x-kubernetes-group-version-kind/kind").asString());
    assertEquals("fieldValidation", patch.at("/parameters/0/name").asString());
  }

  @Test
  void genericClient_findsCustomKindsThroughDiscovery() {
    KubernetesApplier.builder()
        .client(kube.client())
        .build()
        .apply(InferenceGateways.gateway("gw", "default"));

    List<GenericKubernetesResource> gateways =
        kube.client()
            .genericKubernetesResources("gateway.networking.k8s.io/v1", "Gateway")
            .inNamespace("default")
            .list()
            .getItems();

    assertEquals(1, gateways.size());
    assertEquals("gw", gateways.get(0).getMetadata().getName());
  }
}
