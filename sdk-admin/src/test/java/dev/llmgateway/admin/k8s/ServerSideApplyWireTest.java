package dev.llmgateway.admin.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server-side apply wire format, asserted against Fabric8's mock server in expectations mode.
 */
class ServerSideApplyWireTest {

  private static final String POOLS =
      "/apis/inference.networking.k8s.io/v1/namespaces/ns/inferencepools";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static KubernetesMockServer server;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    server = new KubernetesMockServer(false);
    server.init();
    client = server.createClient();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.destroy();
  }

  @BeforeEach
  void drainRecordedRequests() throws InterruptedException {
    while (server.takeRequest(1, TimeUnit.MILLISECONDS) != null) {
      // earlier tests' requests
    }
  }

  /** apply(T) checks the object's CRD first, as apply(List) does. */
  private static void expectPoolCrd() {
    server
        .expect()
        .get()
        .withPath(
            "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"
                + "inferencepools.inference.networking.k8s.io")
        .andReturn(200, MockCluster.crd(InferencePool.class))
        .once();
  }

  /** Takes the next request that is not the CRD check. */
  private static RecordedRequest takePatch() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    return r.getPath().contains("/customresourcedefinitions/")
        ? server.takeRequest(5, TimeUnit.SECONDS)
        : r;
  }

  private static InferencePool pool() {
    return InferencePool.builder()
        .name("pool")
        .namespace("ns")
        .targetPort(8000)
        .putSelectorLabel("app", "vllm")
        .endpointPicker("pool-epp", 9002)
        .build();
  }

  @Test
  void apply_default_sendsApplyPatchWithFieldManagerWithoutForce() throws Exception {
    expectPoolCrd();
    server
        .expect()
        .patch()
        .withPath(POOLS + "/pool?fieldManager=llm-gateway-java")
        .andReturn(200, pool())
        .once();
    KubernetesApplier.builder().client(client).build().apply(pool());

    RecordedRequest request = takePatch();
    assertEquals("PATCH", request.getMethod());
    assertTrue(
        request.getHeader("Content-Type").startsWith("application/apply-patch+yaml"),
        request.getHeader("Content-Type"));
    assertEquals(POOLS + "/pool?fieldManager=llm-gateway-java", request.getPath());
    JsonNode body = JSON.readTree(request.getUtf8Body());
    assertEquals("InferencePool", body.path("kind").asString());
    assertEquals(9002, body.at("/spec/endpointPickerRef/port/number").asInt());
    assertFalse(body.path("spec").path("endpointPickerRef").has("failureMode"), "unset is sent");
    assertFalse(body.path("spec").path("endpointPickerRef").has("kind"), "unset is sent");
    assertFalse(body.has("status"));
  }

  @Test
  void apply_forceConflictsAndOwnManager_sendsForceTrue() throws Exception {
    expectPoolCrd();
    server
        .expect()
        .patch()
        .withPath(POOLS + "/pool?fieldManager=ops&force=true")
        .andReturn(200, pool())
        .once();
    KubernetesApplier.builder()
        .client(client)
        .fieldManager("ops")
        .forceConflicts(true)
        .build()
        .apply(pool());
    assertEquals(POOLS + "/pool?fieldManager=ops&force=true", takePatch().getPath());
  }

  @Test
  void apply_objectReadFromCluster_sendsNoStatusOrServerMetadata() throws Exception {
    InferencePool read = pool();
    read.getMetadata().setResourceVersion("42");
    read.getMetadata().setUid("abc");
    read.setStatus(ResourceStatus.builder().putField("state", "x").build());
    expectPoolCrd();
    server
        .expect()
        .patch()
        .withPath(POOLS + "/pool?fieldManager=llm-gateway-java")
        .andReturn(200, pool())
        .once();
    KubernetesApplier.builder().client(client).build().apply(read);

    JsonNode body = JSON.readTree(takePatch().getUtf8Body());
    assertFalse(body.has("status"));
    assertFalse(body.path("metadata").has("resourceVersion"));
    assertFalse(body.path("metadata").has("uid"));
    assertEquals("pool", body.at("/metadata/name").asString());
  }

  @Test
  void apply_list_checksCrdsThenPatchesInDependencyOrder() throws Exception {
    server
        .expect()
        .get()
        .withPath(
            "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"
                + "gateways.gateway.networking.k8s.io")
        .andReturn(200, MockCluster.crd(Gateway.class))
        .once();
    server
        .expect()
        .patch()
        .withPath("/api/v1/namespaces/ns/serviceaccounts/sa?fieldManager=llm-gateway-java")
        .andReturn(200, serviceAccount())
        .once();
    server
        .expect()
        .patch()
        .withPath(
            "/apis/gateway.networking.k8s.io/v1/namespaces/ns/gateways/gw"
                + "?fieldManager=llm-gateway-java")
        .andReturn(200, InferenceGateways.gateway("gw", "ns"))
        .once();

    KubernetesApplier.builder()
        .client(client)
        .build()
        .apply(List.of(InferenceGateways.gateway("gw", "ns"), serviceAccount()));

    RecordedRequest crd = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("GET", crd.getMethod());
    assertTrue(crd.getPath().endsWith("/gateways.gateway.networking.k8s.io"), crd.getPath());
    assertTrue(server.takeRequest(5, TimeUnit.SECONDS).getPath().contains("/serviceaccounts/sa"));
    assertTrue(server.takeRequest(5, TimeUnit.SECONDS).getPath().contains("/gateways/gw"));
  }

  private static ServiceAccount serviceAccount() {
    return new ServiceAccountBuilder()
        .withNewMetadata()
        .withName("sa")
        .withNamespace("ns")
        .endMetadata()
        .build();
  }

  @Test
  void requireCrds_forbidden_explainsThePermission() {
    server
        .expect()
        .get()
        .withPath(
            "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"
                + "inferencepools.inference.networking.k8s.io")
        .andReturn(403, "forbidden")
        .once();
    ClusterOperationException e =
        assertThrows(
            ClusterOperationException.class,
            () -> KubernetesApplier.builder().client(client).build().requireCrds(List.of(pool())));
    assertFalse(e instanceof MissingCrdException);
    assertTrue(e.getMessage().contains("customresourcedefinitions"), e.getMessage());
  }

  @Test
  void apply_serverRejects_throwsNamingTheObject() {
    expectPoolCrd();
    server
        .expect()
        .patch()
        .withPath(POOLS + "/pool?fieldManager=llm-gateway-java")
        .andReturn(
            422,
            new StatusBuilder()
                .withCode(422)
                .withReason("Invalid")
                .withMessage("spec.targetPorts: Too many")
                .build())
        .once();
    ClusterOperationException e =
        assertThrows(
            ClusterOperationException.class,
            () -> KubernetesApplier.builder().client(client).build().apply(pool()));
    assertTrue(e.getMessage().contains("InferencePool ns/pool"), e.getMessage());
  }

  @Test
  void delete_notFoundIsSuccess_forbiddenFails() {
    server.expect().delete().withPath(POOLS + "/pool").andReturn(404, "").once();
    KubernetesApplier applier = KubernetesApplier.builder().client(client).build();
    assertFalse(applier.delete(pool()));

    server.expect().delete().withPath(POOLS + "/pool").andReturn(403, "forbidden").always();
    ClusterOperationException e =
        assertThrows(ClusterOperationException.class, () -> applier.delete(pool()));
    assertTrue(e.getMessage().contains("delete of InferencePool ns/pool"), e.getMessage());
  }
}
