package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.emulator.internal.ClusterState;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed view the rest of the emulator reads, and its change listeners. */
class ClusterStateTest {

  private KubeApi kube;
  private KubernetesApplier applier;

  @BeforeEach
  void start() {
    kube = TestClusters.guideCluster().addNamespace("zeta").addNamespace("alpha").start();
    applier = KubernetesApplier.builder().client(kube.client()).build();
  }

  @AfterEach
  void stop() {
    kube.close();
  }

  private static InferencePool pool(String name, String namespace, int port) {
    return InferencePool.builder()
        .name(name)
        .namespace(namespace)
        .targetPort(port)
        .putSelectorLabel("app", TestClusters.LABEL)
        .endpointPicker(name + "-epp", 9002)
        .build();
  }

  @Test
  void list_returnsTypedObjectsOfAllNamespacesInCreationOrder() {
    applier.apply(pool("z-pool", "zeta", 8000));
    applier.apply(pool("a-pool", "alpha", 8001));
    applier.apply(pool("z-pool", "zeta", 8002));

    List<InferencePool> pools = kube.clusterState().list(InferencePool.class);

    assertEquals(
        List.of("z-pool", "a-pool"), pools.stream().map(p -> p.getMetadata().getName()).toList());
    assertEquals(8002, pools.get(0).getSpec().targetPorts().get(0).number());
    assertEquals("alpha", pools.get(1).getMetadata().getNamespace());
    assertEquals(2, kube.clusterState().list(Pod.class).size());
  }

  @Test
  void list_isASnapshotAndIncludesTheControllersStatus() {
    ClusterState state = kube.clusterState();
    applier.apply(InferenceGateways.gateway("gw", "alpha"));
    List<Gateway> before = state.list(Gateway.class);

    applier.delete(InferenceGateways.gateway("gw", "alpha"));

    assertEquals(1, before.size());
    assertEquals("127.0.0.1", before.get(0).getStatus().getAddresses().get(0).getValue());
    assertTrue(state.list(Gateway.class).isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> before.add(new Gateway()));
  }

  @Test
  void listeners_fireAfterEveryChangeButNotForNoOps() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch created = new CountDownLatch(1);
    kube.clusterState()
        .addListener(
            () -> {
              calls.incrementAndGet();
              if (!kube.clusterState().list(InferencePool.class).isEmpty()) {
                created.countDown();
              }
            });

    applier.apply(pool("p", "alpha", 8000));
    assertTrue(created.await(5, TimeUnit.SECONDS));
    int afterCreate = calls.get();
    applier.apply(pool("p", "alpha", 8000));
    int afterNoOp = calls.get();
    applier.delete(pool("p", "alpha", 8000));

    assertEquals(1, afterCreate);
    assertEquals(afterCreate, afterNoOp, "a no-op apply is not a change");
    assertEquals(2, calls.get());
  }

  @Test
  void deletingACrd_deletesItsObjectsAndTheResource() {
    applier.apply(pool("p", "alpha", 8000));
    RawHttp http = new RawHttp(kube.url());

    RawHttp.Response deleted =
        http.send(
            "DELETE",
            "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"
                + "inferencepools.inference.networking.k8s.io",
            null,
            null);

    assertEquals(200, deleted.status(), deleted.body());
    assertTrue(kube.clusterState().list(InferencePool.class).isEmpty());
    assertEquals(404, http.get("/apis/inference.networking.k8s.io/v1/inferencepools").status());
  }

  @Test
  void failingListener_doesNotBreakWritesOrOtherListeners_andIsLoggedAsWarning() {
    AtomicInteger calls = new AtomicInteger();
    kube.clusterState()
        .addListener(
            () -> {
              throw new IllegalStateException("listener bug");
            });
    kube.clusterState().addListener(calls::incrementAndGet);
    // Captured instead of printed: the warning and its stack trace are the expected outcome.
    Logger logger = Logger.getLogger(ClusterIndex.class.getName());
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            records.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
    try {
      applier.apply(pool("p", "alpha", 8000));
    } finally {
      logger.removeHandler(capture);
      logger.setUseParentHandlers(true);
    }

    assertEquals(1, calls.get());
    assertEquals(1, kube.clusterState().list(InferencePool.class).size());
    assertTrue(
        records.stream()
            .anyMatch(
                r ->
                    r.getLevel() == Level.WARNING
                        && r.getMessage().contains("listener failed")
                        && r.getThrown() != null
                        && "listener bug".equals(r.getThrown().getMessage())),
        records.toString());
  }
}
