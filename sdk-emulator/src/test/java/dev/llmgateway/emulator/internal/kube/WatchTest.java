package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.client.internal.json.Json;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Watches over WebSocket (Fabric8) and chunked HTTP (kubectl), from now or a resource version. */
class WatchTest {

  private static final String CMS = "/api/v1/namespaces/default/configmaps";
  private static KubeApi kube;
  private static RawHttp http;
  private static final HttpClient STREAMING =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
  void fabric8Watch_overWebSocket_seesAnObjectAppliedLater() throws Exception {
    CountDownLatch added = new CountDownLatch(1);
    List<String> actions = new CopyOnWriteArrayList<>();
    Watcher<InferencePool> watcher =
        new Watcher<>() {
          @Override
          public void eventReceived(Action action, InferencePool pool) {
            actions.add(action + " " + pool.getMetadata().getName());
            added.countDown();
          }

          @Override
          public void onClose(WatcherException cause) {}
        };
    try (Watch w =
        kube.client()
            .resources(InferencePool.class)
            .inNamespace(TestClusters.NAMESPACE)
            .withName("watched")
            .watch(watcher)) {
      KubernetesApplier.builder()
          .client(kube.client())
          .build()
          .apply(
              InferencePool.builder()
                  .name("watched")
                  .namespace(TestClusters.NAMESPACE)
                  .targetPort(8000)
                  .putSelectorLabel("app", "x")
                  .endpointPicker("epp", 9002)
                  .build());
      assertTrue(added.await(5, TimeUnit.SECONDS), "no event");
    }
    assertEquals("ADDED watched", actions.get(0));
  }

  @Test
  void applierWait_pendingRoute_completesOnTheWatchEventWhenItsGatewayAppears() throws Exception {
    KubernetesApplier applier = KubernetesApplier.builder().client(kube.client()).build();
    applier.apply(
        InferencePool.builder()
            .name("late-pool")
            .namespace(TestClusters.NAMESPACE)
            .targetPort(8000)
            .putSelectorLabel("app", "x")
            .endpointPicker("epp", 9002)
            .build());
    HTTPRoute route =
        applier.apply(
            InferenceGateways.routeToPool(
                "late-route", TestClusters.NAMESPACE, "late-gw", "late-pool"));
    CompletableFuture<Void> watching = kube.nextWatch();

    CompletableFuture<HTTPRoute> ready =
        CompletableFuture.supplyAsync(() -> applier.waitUntilReady(route, Duration.ofSeconds(10)));
    watching.get(5, TimeUnit.SECONDS);
    assertFalse(ready.isDone(), "the route must still be pending while it has no Gateway");
    applier.apply(InferenceGateways.gateway("late-gw", TestClusters.NAMESPACE));

    HTTPRoute seen = ready.get(10, TimeUnit.SECONDS);
    assertEquals("late-gw", seen.getStatus().getParents().get(0).getParentRef().getName());
  }

  private static Iterator<String> stream(String pathAndQuery) throws Exception {
    HttpResponse<Stream<String>> r =
        STREAMING.send(
            HttpRequest.newBuilder(URI.create(kube.url() + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofLines());
    assertEquals(200, r.statusCode());
    return r.body().iterator();
  }

  private static JsonNode next(Iterator<String> lines) throws Exception {
    return CompletableFuture.supplyAsync(() -> Json.mapper().readTree(lines.next()))
        .get(5, TimeUnit.SECONDS);
  }

  @Test
  void httpWatch_fromAResourceVersion_streamsLaterChangesAsJsonLines() throws Exception {
    String rv = http.get(CMS).json().path("metadata").path("resourceVersion").asString();
    Iterator<String> lines = stream(CMS + "?watch=true&timeoutSeconds=30&resourceVersion=" + rv);
    String cm =
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"w\"},\"data\":";

    http.apply(CMS + "/w", "t", false, cm + "{\"k\":\"1\"}}");
    http.apply(CMS + "/w", "t", false, cm + "{\"k\":\"2\"}}");
    http.send("DELETE", CMS + "/w", null, null);

    JsonNode added = next(lines);
    JsonNode modified = next(lines);
    JsonNode deleted = next(lines);
    assertEquals("ADDED", added.path("type").asString());
    assertEquals("1", added.at("/object/data/k").asString());
    assertEquals("MODIFIED", modified.path("type").asString());
    assertEquals("2", modified.at("/object/data/k").asString());
    assertEquals("DELETED", deleted.path("type").asString());
    assertTrue(
        deleted.at("/object/metadata/resourceVersion").asLong()
            > modified.at("/object/metadata/resourceVersion").asLong());
  }

  @Test
  void httpWatch_withoutVersion_startsWithTheSelectedObjectsAndEndsAtItsTimeout() throws Exception {
    Iterator<String> lines =
        stream("/api/v1/pods?watch=1&timeoutSeconds=1&labelSelector=app%3D" + TestClusters.LABEL);

    List<String> events =
        CompletableFuture.supplyAsync(
                () -> {
                  List<String> out = new ArrayList<>();
                  lines.forEachRemaining(
                      l -> out.add(Json.mapper().readTree(l).path("type").asString()));
                  return out;
                })
            .get(10, TimeUnit.SECONDS);

    assertEquals(List.of("ADDED", "ADDED"), events);
  }

  @Test
  void watches_resumingBeforeTheLog_getExpiredAndOthersGetTheRest() {
    Watches watches = new Watches(1);
    io.fabric8.mockwebserver.crud.AttributeSet any =
        new io.fabric8.mockwebserver.crud.AttributeSet();
    for (int rv = 1; rv <= 3; rv++) {
      watches.publish(rv, null, any, null, "{\"rv\":" + rv + "}");
    }
    List<String> old = new ArrayList<>();
    List<String> recent = new ArrayList<>();
    boolean[] closed = {false};

    watches.open(any, "1", List.of(), sink(old, closed));
    watches.open(any, "2", List.of(), sink(recent, new boolean[1]));

    assertEquals(1, old.size());
    JsonNode error = Json.mapper().readTree(old.get(0));
    assertEquals("ERROR", error.path("type").asString());
    assertEquals(410, error.at("/object/code").asInt());
    assertEquals("Expired", error.at("/object/reason").asString());
    assertTrue(closed[0]);
    assertEquals(List.of("{\"type\":\"ADDED\",\"object\":{\"rv\":3}}"), recent);
    assertEquals(1, watches.openCount());
  }

  private static Watches.Sink sink(List<String> events, boolean[] closed) {
    return new Watches.Sink() {
      @Override
      public void send(String event) {
        events.add(event);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
  }
}
