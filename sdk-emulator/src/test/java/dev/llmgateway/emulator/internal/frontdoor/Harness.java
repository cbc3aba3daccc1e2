package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.emulator.internal.Governance;
import dev.llmgateway.emulator.internal.routing.RouteTranslator;
import dev.llmgateway.emulator.internal.routing.Saturation;
import dev.llmgateway.emulator.internal.serving.EndpointConfig;
import dev.llmgateway.emulator.internal.serving.FaultInjector;
import dev.llmgateway.emulator.internal.serving.ModelEndpoint;
import dev.llmgateway.emulator.internal.serving.ModelServers;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A front door over real model servers, with a test's cluster state and governance. */
final class Harness implements AutoCloseable {
  static final String MODEL = "m";

  final Vertx vertx = Vertx.vertx();
  final MutableClusterState cluster;
  final ModelServers servers;
  final FrontDoor frontDoor;
  final List<Map<String, String>> forwarded = new CopyOnWriteArrayList<>();
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  Harness(
      List<? extends HasMetadata> objects,
      Governance governance,
      FaultInjector faults,
      int replicas) {
    EndpointConfig config =
        new EndpointConfig(
            MODEL, List.of(), 4096, 8, 4096, 16, 0, 0, null, faults, Clock.systemUTC());
    List<ModelEndpoint> endpoints = new ArrayList<>();
    for (int i = 0; i < replicas; i++) {
      endpoints.add(new ModelEndpoint("pool-" + i, "ns", Map.of("app", "pool"), config));
    }
    servers = await(ModelServers.start(vertx, endpoints));
    cluster = new MutableClusterState(objects);
    RoutingState routing =
        new RoutingState(
            cluster, servers.endpoints(), new RouteTranslator(Saturation.DEFAULTS, new Random(5)));
    Upstream upstream =
        (endpoint, call, sink) -> {
          Map<String, String> headers = new java.util.TreeMap<>();
          call.headers().forEach(e -> headers.put(e.getKey().toLowerCase(), e.getValue()));
          forwarded.add(headers);
          servers.byAddress(endpoint.address()).handle(call, sink);
        };
    frontDoor =
        await(
            FrontDoor.start(
                vertx,
                "127.0.0.1",
                0,
                2,
                new CallHandler(routing, governance, upstream, new Random(5))));
  }

  static Harness standard(Governance governance) {
    return new Harness(objects(), governance, FaultInjector.none(), 2);
  }

  /** One pool selecting {@code app=pool} and a catch-all route to it. */
  static List<HasMetadata> objects() {
    return List.of(pool(), route("/"));
  }

  static InferencePool pool() {
    return InferencePool.builder()
        .name("pool")
        .namespace("ns")
        .targetPort(8000)
        .putSelectorLabel("app", "pool")
        .endpointPicker("pool-epp", 9002)
        .build();
  }

  static HTTPRoute route(String prefix) {
    return new HTTPRouteBuilder()
        .withNewMetadata()
        .withName("route")
        .withNamespace("ns")
        .endMetadata()
        .withNewSpec()
        .addNewRule()
        .addNewBackendRef()
        .withGroup(InferencePool.GROUP)
        .withKind("InferencePool")
        .withName("pool")
        .endBackendRef()
        .addNewMatch()
        .withNewPath()
        .withType("PathPrefix")
        .withValue(prefix)
        .endPath()
        .endMatch()
        .endRule()
        .endSpec()
        .build();
  }

  String url(String path) {
    return "http://127.0.0.1:" + frontDoor.port() + path;
  }

  HttpResponse<String> send(String method, String path, String body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> chat(String content, String... headers) throws Exception {
    return send(
        "POST",
        "/v1/chat/completions",
        "{\"model\":\"m\",\"messages\":[{\"role\":" + "\"user\",\"content\":\"" + content + "\"}]}",
        headers);
  }

  static <T> T await(Future<T> f) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    await(frontDoor.close());
    await(servers.close());
    await(vertx.close());
  }
}
