package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.ResourceNotReadyException;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ListenerStatus;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.PolicyAncestorStatus;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.RouteParentStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The status the emulated GKE, Apigee and Deployment controllers write, field for field. */
class ControllersTest {

  private static final String NS = TestClusters.NAMESPACE;
  private static final MutableClock CLOCK = new MutableClock(TestClusters.START);
  private static KubeApi kube;
  private static KubernetesClient client;
  private static KubernetesApplier applier;

  @BeforeAll
  static void start() {
    kube = TestClusters.guideCluster(CLOCK).addNamespace("other").start();
    client = kube.client();
    applier =
        KubernetesApplier.builder().client(client).defaultTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterAll
  static void stop() {
    kube.close();
  }

  private static Condition condition(List<Condition> conditions, String type) {
    return conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElseThrow();
  }

  private static InferencePool pool(String name) {
    return InferencePool.builder()
        .name(name)
        .namespace(NS)
        .targetPort(8000)
        .putSelectorLabel("app", TestClusters.LABEL)
        .endpointPicker(name + "-epp", 9002)
        .build();
  }

  @Test
  void gateway_isProgrammedAtTheFrontDoorAndCountsAttachedRoutes() {
    applier.apply(InferenceGateways.gateway("gw-a", NS));
    applier.apply(pool("pool-a"));
    applier.apply(InferenceGateways.routeToPool("route-a", NS, "gw-a", "pool-a"));

    Gateway gw = client.resources(Gateway.class).inNamespace(NS).withName("gw-a").get();

    assertEquals("IPAddress", gw.getStatus().getAddresses().get(0).getType());
    assertEquals("127.0.0.1", gw.getStatus().getAddresses().get(0).getValue());
    for (String type : List.of("Accepted", "Programmed")) {
      Condition c = condition(gw.getStatus().getConditions(), type);
      assertEquals("True", c.getStatus());
      assertEquals(type, c.getReason());
      assertEquals(1L, c.getObservedGeneration());
      assertFalse(c.getLastTransitionTime().isEmpty());
    }
    ListenerStatus listener = gw.getStatus().getListeners().get(0);
    assertEquals("http", listener.getName());
    assertEquals(1, listener.getAttachedRoutes());
    assertEquals("HTTPRoute", listener.getSupportedKinds().get(0).getKind());
    assertEquals("True", condition(listener.getConditions(), "Programmed").getStatus());
  }

  @Test
  void route_backendPoolMissing_failsTheWaitThenResolvesWhenThePoolExists() {
    applier.apply(InferenceGateways.gateway("gw-b", NS));
    HTTPRoute route = applier.apply(InferenceGateways.routeToPool("route-b", NS, "gw-b", "pool-b"));

    ResourceNotReadyException e =
        assertThrows(ResourceNotReadyException.class, () -> applier.waitUntilReady(route));
    applier.apply(pool("pool-b"));
    HTTPRoute ready = applier.waitUntilReady(route);

    assertEquals("BackendNotFound", e.reason().orElseThrow());
    assertFalse(e.timedOut());
    RouteParentStatus parent = ready.getStatus().getParents().get(0);
    assertEquals("networking.gke.io/gateway", parent.getControllerName());
    assertEquals("gw-b", parent.getParentRef().getName());
    assertEquals("Gateway", parent.getParentRef().getKind());
    assertEquals("True", condition(parent.getConditions(), "ResolvedRefs").getStatus());
    assertEquals("True", condition(parent.getConditions(), "Accepted").getStatus());
  }

  @Test
  void route_toAbsentGateway_getsNoParentStatus() {
    HTTPRoute route =
        applier.apply(InferenceGateways.routeToPool("route-c", NS, "gw-none", "pool-a"));

    ResourceNotReadyException e =
        assertThrows(
            ResourceNotReadyException.class,
            () -> applier.waitUntilReady(route, Duration.ofMillis(300)));

    assertTrue(e.timedOut());
    assertTrue(e.getMessage().contains("no status from Gateway gw-none"), e.getMessage());
  }

  @Test
  void route_fromAnotherNamespace_isNotAcceptedByTheListener() {
    applier.apply(InferenceGateways.gateway("gw-d", NS));
    HTTPRoute foreign = InferenceGateways.routeToPool("route-d", "other", "gw-d", "pool-d");
    foreign.getSpec().getParentRefs().get(0).setNamespace(NS);

    HTTPRoute stored = applier.apply(foreign);
    ResourceNotReadyException e =
        assertThrows(ResourceNotReadyException.class, () -> applier.waitUntilReady(stored));

    assertEquals("NotAllowedByListeners", e.reason().orElseThrow());
  }

  @Test
  void trafficExtension_reportsItsGatewayAncestorAndTheBackendServiceRef() {
    List<HasMetadata> guide = GuideResources.builder().build().objects();
    applier.apply(one(guide, Gateway.class));
    GcpTrafficExtension ext = applier.apply(one(guide, GcpTrafficExtension.class));

    ResourceNotReadyException missing =
        assertThrows(ResourceNotReadyException.class, () -> applier.waitUntilReady(ext));
    applier.apply(one(guide, ApigeeBackendService.class));
    GcpTrafficExtension ready = applier.waitUntilReady(ext);

    assertEquals("BackendNotFound", missing.reason().orElseThrow());
    PolicyAncestorStatus ancestor = ready.getStatus().ancestors().get(0);
    assertEquals("networking.gke.io/gateway", ancestor.getControllerName());
    assertEquals("gateway.networking.k8s.io", ancestor.getAncestorRef().getGroup());
    assertEquals("Gateway", ancestor.getAncestorRef().getKind());
    assertEquals("inference-gateway", ancestor.getAncestorRef().getName());
    assertEquals(NS, ancestor.getAncestorRef().getNamespace());
    assertEquals("True", condition(ancestor.getConditions(), "Accepted").getStatus());
  }

  @Test
  void apigeeResources_reportStateCreated() {
    List<HasMetadata> guide = GuideResources.builder().namespace("other").build().objects();
    for (Class<? extends HasMetadata> type :
        List.of(ApigeeBackendService.class, ApiProduct.class, ApiOperationSet.class)) {
      HasMetadata applied = applier.apply(one(guide, type));
      HasMetadata ready = applier.waitUntilReady(applied);
      assertTrue(Serialize.json(ready).contains("\"state\":\"CREATED\""), type.getSimpleName());
    }
  }

  @Test
  void deployment_isAvailableWithAllReplicasReady() {
    Deployment d =
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("three")
            .withNamespace(NS)
            .endMetadata()
            .withNewSpec()
            .withReplicas(3)
            .withNewSelector()
            .addToMatchLabels("app", "three")
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .addToLabels("app", "three")
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("c")
            .withImage("busybox")
            .endContainer()
            .endSpec()
            .endTemplate()
            .endSpec()
            .build();

    Deployment ready = applier.waitUntilReady(applier.apply(d));

    assertEquals(3, ready.getStatus().getReadyReplicas());
    assertEquals(3, ready.getStatus().getAvailableReplicas());
    assertEquals(1L, ready.getStatus().getObservedGeneration());
    assertEquals(
        "MinimumReplicasAvailable",
        ready.getStatus().getConditions().stream()
            .filter(c -> "Available".equals(c.getType()))
            .findFirst()
            .orElseThrow()
            .getReason());
  }

  @Test
  void modelServerPods_areRunningAndReadyWithTheirIps() {
    List<Pod> pods =
        client.pods().inNamespace(NS).withLabel("app", TestClusters.LABEL).list().getItems();

    assertEquals(2, pods.size());
    Pod first = pods.get(0);
    assertEquals("Running", first.getStatus().getPhase());
    assertEquals("127.0.0.10", first.getStatus().getPodIP());
    assertEquals(8000, first.getSpec().getContainers().get(0).getPorts().get(0).getContainerPort());
    assertTrue(
        first.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus())));
    assertTrue(first.getStatus().getContainerStatuses().get(0).getReady());
  }

  @Test
  void unchangedStatus_isNotRewrittenWhenTheClockMoves() {
    Gateway gw = applier.apply(InferenceGateways.gateway("gw-e", NS));
    Gateway before = client.resources(Gateway.class).inNamespace(NS).withName("gw-e").get();
    CLOCK.advance(Duration.ofHours(1));

    applier.apply(pool("pool-e"));
    Gateway after = client.resource(gw).get();

    assertEquals(
        before.getMetadata().getResourceVersion(), after.getMetadata().getResourceVersion());
    assertEquals(
        condition(before.getStatus().getConditions(), "Programmed").getLastTransitionTime(),
        condition(after.getStatus().getConditions(), "Programmed").getLastTransitionTime());
  }

  @Test
  void deletingTheGateway_removesItsRouteStatus() {
    applier.apply(InferenceGateways.gateway("gw-f", NS));
    applier.apply(pool("pool-f"));
    HTTPRoute route =
        applier.waitUntilReady(
            applier.apply(InferenceGateways.routeToPool("route-f", NS, "gw-f", "pool-f")));
    assertEquals(1, route.getStatus().getParents().size());

    applier.delete(InferenceGateways.gateway("gw-f", NS));

    assertTrue(client.resource(route).get().getStatus().getParents().isEmpty());
  }

  private static <T> T one(List<HasMetadata> objects, Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  /** JSON of an object, to look at fields its class does not type. */
  private static final class Serialize {
    static String json(Object o) {
      return dev.llmgateway.admin.k8s.internal.Serialization.KUBERNETES.asJson(o);
    }
  }
}
