package dev.llmgateway.admin.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusCauseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 item 13 for the Kubernetes side: a server-side apply conflict is short, typed and says
 * how to resolve it; applying one object checks its CRD like applying a list.
 */
class KubernetesApplierFaultTest {

  private static final String POOLS =
      "/apis/inference.networking.k8s.io/v1/namespaces/ns/inferencepools";
  private static final String POOL_CRD =
      "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"
          + "inferencepools.inference.networking.k8s.io";
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

  private static InferencePool pool() {
    return InferencePool.builder()
        .name("pool")
        .namespace("ns")
        .targetPort(8000)
        .putSelectorLabel("app", "vllm")
        .endpointPicker("pool-epp", 9002)
        .build();
  }

  private static Status conflict(String message, String... managerAndField) {
    StatusBuilder status =
        new StatusBuilder()
            .withStatus("Failure")
            .withCode(409)
            .withReason("Conflict")
            .withMessage(message);
    if (managerAndField.length > 0) {
      status.withNewDetails().endDetails();
      for (int i = 0; i < managerAndField.length; i += 2) {
        status
            .editDetails()
            .addToCauses(
                new StatusCauseBuilder()
                    .withReason("FieldManagerConflict")
                    .withMessage(
                        "conflict with \""
                            + managerAndField[i]
                            + "\" using inference.networking.k8s.io/v1")
                    .withField(managerAndField[i + 1])
                    .build())
            .endDetails();
      }
    }
    return status.build();
  }

  private static void expectCrdThenPatch(Status answer) {
    server
        .expect()
        .get()
        .withPath(POOL_CRD)
        .andReturn(200, MockCluster.crd(InferencePool.class))
        .once();
    server
        .expect()
        .patch()
        .withPath(POOLS + "/pool?fieldManager=llm-gateway-java")
        .andReturn(409, answer)
        .once();
  }

  @Test
  void apply_fieldManagerConflict_namesObjectManagersFieldsAndTheForceHint() {
    expectCrdThenPatch(
        conflict(
            "Apply failed with 2 conflicts: conflict with \"helm\" using"
                + " inference.networking.k8s.io/v1: .spec.targetPorts\nconflict with"
                + " \"kubectl-client-side-apply\" using inference.networking.k8s.io/v1:"
                + " .spec.selector",
            "helm",
            ".spec.targetPorts",
            "kubectl-client-side-apply",
            ".spec.selector"));
    ApplyConflictException e =
        assertThrows(
            ApplyConflictException.class,
            () -> KubernetesApplier.builder().client(client).build().apply(pool()));
    assertEquals(
        List.of(
            new FieldConflict("helm", ".spec.targetPorts"),
            new FieldConflict("kubectl-client-side-apply", ".spec.selector")),
        e.conflicts());
    assertEquals("InferencePool ns/pool", e.resource());
    assertEquals(
        "apply of InferencePool ns/pool conflicts with fields owned by other field managers:"
            + " .spec.targetPorts (helm), .spec.selector (kubectl-client-side-apply). Leave those"
            + " fields out of the object, or take them over with"
            + " KubernetesApplier.builder().forceConflicts(true).",
        e.getMessage());
  }

  @Test
  void apply_conflictWithoutCauses_isTypedAndStillGivesTheHint() {
    expectCrdThenPatch(conflict("Operation cannot be fulfilled on inferencepools \"pool\""));
    ApplyConflictException e =
        assertThrows(
            ApplyConflictException.class,
            () -> KubernetesApplier.builder().client(client).build().apply(pool()));
    assertEquals(List.of(), e.conflicts());
    assertTrue(e.getMessage().contains("Operation cannot be fulfilled"), e.getMessage());
    assertTrue(e.getMessage().endsWith("forceConflicts(true)."), e.getMessage());
    assertFalse(e.getMessage().contains("Received status"), e.getMessage());
  }

  @Test
  void apply_singleObjectWithoutItsCrd_failsBeforeAnyPatch() {
    try (MockCluster bare = new MockCluster()) {
      KubernetesApplier applier = KubernetesApplier.builder().client(bare.client).build();
      MissingCrdException e = assertThrows(MissingCrdException.class, () -> applier.apply(pool()));
      assertEquals(List.of("inferencepools.inference.networking.k8s.io"), e.missingCrds());
      assertNull(bare.client.resource(pool()).get(), "applied despite the missing CRD");
    }
  }
}
