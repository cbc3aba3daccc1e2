package dev.llmgateway.admin.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.gke.GcpBackendPolicy;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.gke.HealthCheckPolicy;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.admin.k8s.monitoring.PodMonitoring;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayStatusBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteStatusBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.PolicyAncestorStatusBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.RouteParentStatus;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.RouteParentStatusBuilder;
import io.fabric8.kubernetes.client.CustomResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Apply, wait and delete against Fabric8's mock API server in CRUD mode; one server per class. */
class KubernetesApplierCrudTest {

  private static final String NS = "ira-online-gpu";
  private static MockCluster cluster;
  private static KubernetesApplier applier;
  private static final List<String> progress = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void startCluster() {
    cluster = new MockCluster();
    for (Class<? extends HasMetadata> type :
        List.of(
            InferencePool.class,
            InferenceObjective.class,
            GcpTrafficExtension.class,
            GcpBackendPolicy.class,
            HealthCheckPolicy.class,
            ApigeeBackendService.class,
            ApiProduct.class,
            ApiOperationSet.class,
            PodMonitoring.class,
            Gateway.class,
            HTTPRoute.class)) {
      cluster.installCrd(type);
    }
    applier =
        KubernetesApplier.builder()
            .client(cluster.client)
            .defaultTimeout(Duration.ofSeconds(10))
            .onProgress(progress::add)
            .build();
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  private static Condition condition(String type, String status, String reason) {
    return new ConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withMessage(type + " is " + status)
        .withLastTransitionTime("2026-01-01T00:00:00Z")
        .build();
  }

  @Test
  void applyAndDelete_guideObjectsInAnyOrder_useDependencyOrderBothWays() {
    List<HasMetadata> objects = new ArrayList<>(GuideResources.builder().build().objects());
    List<String> expected =
        KubernetesApplier.applyOrder(objects).stream().map(o -> o.getKind()).toList();
    Collections.shuffle(objects, new Random(7));
    progress.clear();

    List<HasMetadata> applied = applier.apply(objects);

    assertEquals(25, applied.size());
    assertEquals(expected, applied.stream().map(HasMetadata::getKind).toList());
    assertEquals("ServiceAccount", expected.get(0));
    assertEquals(
        List.of(
            "InferenceObjective",
            "Gateway",
            "HTTPRoute",
            "ApigeeBackendService",
            "GCPTrafficExtension",
            "APIProduct",
            "APIOperationSet"),
        expected.subList(18, 25));
    for (HasMetadata o : objects) {
      assertNotNull(cluster.client.resource(o).get(), () -> "missing " + o.getKind());
    }
    InferencePool pool =
        cluster
            .client
            .resources(InferencePool.class)
            .inNamespace(NS)
            .withName("vllm-l4-gemma-3-1b-it")
            .get();
    assertEquals(8000, pool.getSpec().targetPorts().get(0).number());

    progress.clear();
    assertEquals(25, applier.delete(objects));
    List<String> deleted =
        progress.stream().map(m -> m.substring("delete ".length(), m.indexOf(' ', 7))).toList();
    List<String> reversed = new ArrayList<>(expected);
    Collections.reverse(reversed);
    assertEquals(reversed, deleted);
    assertNull(cluster.client.resource(objects.get(0)).get());
  }

  @Test
  void apply_again_keepsTheControllersStatus() {
    ApigeeBackendService abs = applier.apply(backendService("abs-reapply"));
    setStatus(abs, ResourceStatus.builder().putField("state", "CREATED").build());

    ApigeeBackendService again =
        applier.apply(
            backendService("abs-reapply").toBuilder().defaultSecurityEnabled(true).build());

    assertEquals(Boolean.TRUE, again.getSpec().defaultSecurityEnabled());
    ApigeeBackendService stored = cluster.client.resource(again).get();
    assertEquals("CREATED", stored.getStatus().field("state").orElseThrow());
    assertEquals(Boolean.TRUE, stored.getSpec().defaultSecurityEnabled());
  }

  @Test
  void delete_absentObjects_countsAsDeleted() {
    HasMetadata absent = InferenceGateways.gateway("never-created", NS);
    assertFalse(applier.delete(absent));
    assertEquals(0, applier.delete(List.of(absent, InferenceGateways.gateway("nor-this", NS))));
  }

  @Test
  void apply_missingCrd_namesItAndAppliesNothing() {
    var crds = cluster.client.apiextensions().v1().customResourceDefinitions();
    crds.withName("podmonitorings.monitoring.googleapis.com").delete();
    try {
      List<HasMetadata> objects =
          EndpointPickerSet.builder().releaseName("nocrd").namespace(NS).build().objects();
      MissingCrdException e = assertThrows(MissingCrdException.class, () -> applier.apply(objects));
      assertEquals(List.of("podmonitorings.monitoring.googleapis.com"), e.missingCrds());
      assertTrue(e.getMessage().contains("podmonitorings.monitoring.googleapis.com"));
      assertNull(cluster.client.resource(objects.get(0)).get(), "applied despite missing CRD");
    } finally {
      cluster.installCrd(PodMonitoring.class);
    }
  }

  @Test
  void waitUntilReady_gatewayProgrammedLaterWithAddress_returnsOnWatchEvent() throws Exception {
    Gateway gateway = applier.apply(InferenceGateways.gateway("gw-ready", NS));
    CompletableFuture<Gateway> waiting =
        CompletableFuture.supplyAsync(() -> applier.waitUntilReady(gateway));
    cluster
        .client
        .resources(Gateway.class)
        .inNamespace(NS)
        .withName("gw-ready")
        .editStatus(
            g -> {
              g.setStatus(
                  new GatewayStatusBuilder()
                      .addToConditions(condition("Programmed", "True", "Programmed"))
                      .addNewAddress()
                      .withType("IPAddress")
                      .withValue("10.0.0.7")
                      .endAddress()
                      .build());
              return g;
            });
    Gateway ready = waiting.get(10, TimeUnit.SECONDS);
    assertEquals("10.0.0.7", ready.getStatus().getAddresses().get(0).getValue());
  }

  @Test
  void waitUntilReady_gatewayAcceptedFalse_failsEarlyWithReason() {
    Gateway gateway = applier.apply(InferenceGateways.gateway("gw-bad", NS));
    cluster
        .client
        .resources(Gateway.class)
        .inNamespace(NS)
        .withName("gw-bad")
        .editStatus(
            g -> {
              g.setStatus(
                  new GatewayStatusBuilder()
                      .addToConditions(condition("Accepted", "False", "InvalidParameters"))
                      .build());
              return g;
            });
    ResourceNotReadyException e =
        assertThrows(
            ResourceNotReadyException.class,
            () -> applier.waitUntilReady(gateway, Duration.ofSeconds(30)));
    assertEquals("InvalidParameters", e.reason().orElseThrow());
    assertFalse(e.timedOut());
    assertTrue(e.getMessage().contains("Gateway ira-online-gpu/gw-bad"), e.getMessage());
  }

  @Test
  void waitUntilReady_routeAcceptedOnlyByOtherGateway_timesOutNamingOurGateway() {
    HTTPRoute route =
        applier.apply(InferenceGateways.routeToPool("route-other", NS, "inference-gateway", "p"));
    setRouteParents("route-other", parent("other-gateway", "True", "True"));
    ResourceNotReadyException e =
        assertThrows(
            ResourceNotReadyException.class,
            () -> applier.waitUntilReady(route, Duration.ofMillis(300)));
    assertTrue(e.timedOut());
    assertTrue(e.getMessage().contains("no status from Gateway inference-gateway"), e.getMessage());
  }

  @Test
  void waitUntilReady_routeOurParentSecond_matchesByReferenceNotIndex() {
    HTTPRoute route =
        applier.apply(InferenceGateways.routeToPool("route-two", NS, "inference-gateway", "p"));
    setRouteParents(
        "route-two",
        parent("other-gateway", "False", "False"),
        parent("inference-gateway", "True", "True"));
    HTTPRoute ready = applier.waitUntilReady(route, Duration.ofSeconds(10));
    assertEquals(2, ready.getStatus().getParents().size());
  }

  @Test
  void waitUntilReady_routeResolvedRefsFalse_failsWithReason() {
    HTTPRoute route =
        applier.apply(InferenceGateways.routeToPool("route-bad", NS, "inference-gateway", "p"));
    setRouteParents("route-bad", parent("inference-gateway", "True", "False"));
    ResourceNotReadyException e =
        assertThrows(ResourceNotReadyException.class, () -> applier.waitUntilReady(route));
    assertEquals("BackendNotFound", e.reason().orElseThrow());
  }

  @Test
  void waitUntilReady_trafficExtensionAncestorResolvedRefsFalse_failsWithReason() {
    GcpTrafficExtension ext = applier.apply(trafficExtension());
    setStatus(
        ext,
        ResourceStatus.builder()
            .addAncestor(
                new PolicyAncestorStatusBuilder()
                    .withControllerName("networking.gke.io/gateway")
                    .withNewAncestorRef()
                    .withGroup("gateway.networking.k8s.io")
                    .withKind("Gateway")
                    .withName("inference-gateway")
                    .endAncestorRef()
                    .withConditions(
                        condition("Accepted", "True", "Accepted"),
                        condition("ResolvedRefs", "False", "BackendNotFound"))
                    .build())
            .build());
    ResourceNotReadyException e =
        assertThrows(ResourceNotReadyException.class, () -> applier.waitUntilReady(ext));
    assertEquals("BackendNotFound", e.reason().orElseThrow());
  }

  @Test
  void waitUntilReady_trafficExtensionAcceptedAndResolved_returns() {
    GcpTrafficExtension ext = applier.apply(trafficExtension());
    setStatus(
        ext,
        ResourceStatus.builder()
            .addAncestor(
                new PolicyAncestorStatusBuilder()
                    .withControllerName("networking.gke.io/gateway")
                    .withNewAncestorRef()
                    .withName("inference-gateway")
                    .endAncestorRef()
                    .withConditions(
                        condition("Accepted", "True", "Accepted"),
                        condition("ResolvedRefs", "True", "ResolvedRefs"))
                    .build())
            .build());
    GcpTrafficExtension ready = applier.waitUntilReady(ext);
    assertEquals(1, ready.getStatus().ancestors().size());
  }

  @Test
  void waitUntilReady_apigeeErrorMessage_failsAtOnceWithMessage() {
    ApigeeBackendService abs = applier.apply(backendService("abs-bad"));
    setStatus(
        abs,
        ResourceStatus.builder()
            .putField("state", "CREATING")
            .putField("errorMessage", "environment apim-enabled-dep-env not found")
            .build());
    ResourceNotReadyException e =
        assertThrows(
            ResourceNotReadyException.class,
            () -> applier.waitUntilReady(abs, Duration.ofMinutes(5)));
    assertEquals("CREATING", e.reason().orElseThrow());
    assertTrue(e.getMessage().contains("environment apim-enabled-dep-env not found"));
  }

  @Test
  void waitUntilReady_apigeeCreated_returnsAndKeepsUnknownStatusFields() {
    ApigeeBackendService abs = applier.apply(backendService("abs-ok"));
    setStatus(
        abs, ResourceStatus.builder().putField("state", "CREATED").putField("zone", "a").build());
    ApigeeBackendService ready = applier.waitUntilReady(abs);
    assertEquals("a", ready.getStatus().field("zone").orElseThrow());
  }

  @Test
  void waitUntilReady_deploymentAvailable_returnsAndProgressDeadline_fails() {
    List<HasMetadata> chart =
        EndpointPickerSet.builder().releaseName("dep").namespace(NS).build().objects();
    Deployment deployment =
        applier.apply(
            chart.stream()
                .filter(Deployment.class::isInstance)
                .map(Deployment.class::cast)
                .findFirst()
                .orElseThrow());
    setDeploymentConditions(condition("Available", "True", "MinimumReplicasAvailable"));
    assertNotNull(applier.waitUntilReady(deployment));
    setDeploymentConditions(
        condition("Available", "False", "MinimumReplicasUnavailable"),
        condition("Progressing", "False", "ProgressDeadlineExceeded"));
    ResourceNotReadyException e =
        assertThrows(ResourceNotReadyException.class, () -> applier.waitUntilReady(deployment));
    assertEquals("ProgressDeadlineExceeded", e.reason().orElseThrow());
  }

  @Test
  void waitUntilReady_inferenceObjectiveExists_returnsWithoutStatus() {
    InferenceObjective objective =
        applier.apply(InferenceObjective.builder().name("obj").namespace(NS).poolName("p").build());
    assertEquals("obj", applier.waitUntilReady(objective).getMetadata().getName());
  }

  @Test
  void waitUntilReady_objectNeverCreated_timesOut() {
    ResourceNotReadyException e =
        assertThrows(
            ResourceNotReadyException.class,
            () ->
                applier.waitUntilReady(
                    InferenceObjective.builder().name("ghost").namespace(NS).poolName("p").build(),
                    Duration.ofMillis(200)));
    assertTrue(e.timedOut());
    assertTrue(e.getMessage().contains("not found yet"), e.getMessage());
  }

  private static GcpTrafficExtension trafficExtension() {
    return GuideResources.builder().build().objects().stream()
        .filter(GcpTrafficExtension.class::isInstance)
        .map(GcpTrafficExtension.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static ApigeeBackendService backendService(String name) {
    return ApigeeBackendService.builder()
        .name(name)
        .namespace(NS)
        .apigeeEnv("apim-enabled-dep-env")
        .location("us-central1", "my-project-id", "acp-dev", "acp-dev")
        .build();
  }

  private static RouteParentStatus parent(String gateway, String accepted, String resolved) {
    return new RouteParentStatusBuilder()
        .withControllerName("networking.gke.io/gateway")
        .withNewParentRef()
        .withGroup("gateway.networking.k8s.io")
        .withKind("Gateway")
        .withName(gateway)
        .endParentRef()
        .withConditions(
            condition("Accepted", accepted, "True".equals(accepted) ? "Accepted" : "NotAllowed"),
            condition(
                "ResolvedRefs",
                resolved,
                "True".equals(resolved) ? "ResolvedRefs" : "BackendNotFound"))
        .build();
  }

  private static void setRouteParents(String route, RouteParentStatus... parents) {
    cluster
        .client
        .resources(HTTPRoute.class)
        .inNamespace(NS)
        .withName(route)
        .editStatus(
            r -> {
              r.setStatus(new HTTPRouteStatusBuilder().withParents(parents).build());
              return r;
            });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void setStatus(CustomResource resource, ResourceStatus status) {
    cluster
        .client
        .resources(resource.getClass())
        .inNamespace(NS)
        .withName(resource.getMetadata().getName())
        .editStatus(
            r -> {
              ((CustomResource) r).setStatus(status);
              return r;
            });
  }

  private static void setDeploymentConditions(Condition... conditions) {
    DeploymentStatusBuilder status = new DeploymentStatusBuilder();
    for (Condition c : conditions) {
      status
          .addNewCondition()
          .withType(c.getType())
          .withStatus(c.getStatus())
          .withReason(c.getReason())
          .withMessage(c.getMessage())
          .endCondition();
    }
    cluster
        .client
        .apps()
        .deployments()
        .inNamespace(NS)
        .withName("dep-epp")
        .editStatus(
            d -> {
              d.setStatus(status.build());
              return d;
            });
  }
}
