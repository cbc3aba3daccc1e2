package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hundreds of bad requests get their Status answer and leave the API working. */
class BadRequestsTest {

  private static final String NS = "/namespaces/" + TestClusters.NAMESPACE;
  private static final String CMS = "/api/v1" + NS + "/configmaps";
  private static final String POOLS =
      "/apis/inference.networking.k8s.io/v1" + NS + "/inferencepools";
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

  private static int refused(RawHttp.Response r, int status) {
    assertEquals(status, r.status(), r.body());
    assertEquals("Status", r.json().path("kind").asString(), r.body());
    assertEquals(status, r.json().path("code").asInt());
    return 1;
  }

  @Test
  void fiveHundredBadRequests_thenGoodRequestsStillWork() {
    Random random = new Random(42);
    int count = 0;
    for (int i = 0; i < 84; i++) {
      byte[] noise = new byte[64];
      random.nextBytes(noise);
      count += refused(http.send("POST", CMS, "application/json", "{\"kind\":" + i), 400);
      count +=
          refused(
              http.apply(
                  CMS + "/x" + i,
                  "t",
                  false,
                  new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1)),
              400);
      count +=
          refused(
              http.apply(POOLS + "/p" + i, "t", false, ValidationTest.pool("p" + i, "[]")), 422);
      count += refused(http.get("/apis/example.com/v1/widgets" + i), 404);
      count += refused(http.send("BREW", CMS, "application/json", "{}"), 405);
      count += refused(http.send("DELETE", POOLS + "/absent" + i, null, null), 404);
    }
    assertEquals(504, count);

    KubernetesApplier applier =
        KubernetesApplier.builder()
            .client(kube.client())
            .defaultTimeout(Duration.ofSeconds(10))
            .build();
    applier.apply(InferenceGateways.gateway("gw", TestClusters.NAMESPACE));
    applier.apply(
        InferencePool.builder()
            .name("good")
            .namespace(TestClusters.NAMESPACE)
            .targetPort(8000)
            .putSelectorLabel("app", TestClusters.LABEL)
            .endpointPicker("good-epp", 9002)
            .build());
    HTTPRoute route =
        applier.waitUntilReady(
            applier.apply(
                InferenceGateways.routeToPool("r", TestClusters.NAMESPACE, "gw", "good")));

    assertEquals(1, route.getStatus().getParents().size());
    assertEquals(1, http.get(POOLS).json().path("items").size());
    assertEquals(0, http.get(CMS).json().path("items").size());
  }
}
