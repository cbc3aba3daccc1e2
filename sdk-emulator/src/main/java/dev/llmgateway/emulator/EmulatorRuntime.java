package dev.llmgateway.emulator;

import dev.llmgateway.emulator.internal.apigee.ApigeeEmulator;
import dev.llmgateway.emulator.internal.frontdoor.CallHandler;
import dev.llmgateway.emulator.internal.frontdoor.FrontDoor;
import dev.llmgateway.emulator.internal.frontdoor.ProgrammedRoutes;
import dev.llmgateway.emulator.internal.frontdoor.RoutingState;
import dev.llmgateway.emulator.internal.frontdoor.Upstream;
import dev.llmgateway.emulator.internal.kube.KubeApi;
import dev.llmgateway.emulator.internal.kube.ModelServerPod;
import dev.llmgateway.emulator.internal.routing.RouteTranslator;
import dev.llmgateway.emulator.internal.routing.Saturation;
import dev.llmgateway.emulator.internal.serving.EndpointConfig;
import dev.llmgateway.emulator.internal.serving.FaultInjector;
import dev.llmgateway.emulator.internal.serving.ModelEndpoint;
import dev.llmgateway.emulator.internal.serving.ModelServers;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The running parts of one emulator on one Vert.x instance, and the order they start and stop in:
 * the model servers; the Kubernetes API with a Pod per model server; Apigee (management API, and
 * the runtime driven by the Kubernetes API's objects); the routing, which follows the HTTPRoutes
 * attached to a Programmed Gateway; the front door, which calls Apigee and the routing.
 */
final class EmulatorRuntime {
  /** The front door's address, which Gateways report (without a port: see baseUrl()). */
  static final String HOST = "127.0.0.1";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int BLOCK_SIZE = 16;

  private final Vertx vertx;
  private final ModelServers servers;
  private final KubeApi kube;
  private final ApigeeEmulator apigee;
  private final FrontDoor frontDoor;

  private EmulatorRuntime(
      Vertx vertx, ModelServers servers, KubeApi kube, ApigeeEmulator apigee, FrontDoor door) {
    this.vertx = vertx;
    this.servers = servers;
    this.kube = kube;
    this.apigee = apigee;
    this.frontDoor = door;
  }

  static EmulatorRuntime start(GatewayEmulator.Builder b, List<EmulatedModel> models) {
    int cores = Runtime.getRuntime().availableProcessors();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Math.max(2, cores)));
    try {
      Random random = b.seed == null ? new Random() : new Random(b.seed);
      ModelServers servers = await(ModelServers.start(vertx, endpoints(b, models, random)));

      KubeApi.Builder kubeBuilder =
          KubeApi.builder()
              .vertx(vertx)
              .port(b.kubePort)
              .clock(b.clock)
              .frontDoorHost(HOST)
              .defaultNamespace(b.namespace);
      for (ModelEndpoint e : servers.endpoints()) {
        kubeBuilder.addModelServerPod(pod(e));
      }
      KubeApi kube = await(kubeBuilder.startAsync());

      ApigeeEmulator apigee =
          ApigeeEmulator.builder()
              .vertx(vertx)
              .clusterState(kube.clusterState())
              .clock(b.clock)
              .organization(GatewayEmulator.ORGANIZATION, GatewayEmulator.ENVIRONMENT)
              .port(b.apigeePort)
              .build();
      await(apigee.start());

      RoutingState routing =
          new RoutingState(
              new ProgrammedRoutes(kube.clusterState()),
              servers.endpoints(),
              new RouteTranslator(Saturation.DEFAULTS, random));
      Upstream upstream =
          (endpoint, call, sink) -> {
            ModelEndpoint target = servers.byAddress(endpoint.address());
            if (target == null) {
              sink.reset();
            } else {
              target.handle(call, sink);
            }
          };
      CallHandler handler = new CallHandler(routing, apigee.governance(), upstream, random);
      FrontDoor frontDoor = await(FrontDoor.start(vertx, HOST, b.port, cores, handler));
      return new EmulatorRuntime(vertx, servers, kube, apigee, frontDoor);
    } catch (RuntimeException e) {
      // Closing Vert.x stops every server started on it so far.
      vertx.close();
      throw e;
    }
  }

  private static List<ModelEndpoint> endpoints(
      GatewayEmulator.Builder b, List<EmulatedModel> models, Random random) {
    FaultInjector faults =
        new FaultInjector(
            b.faults.serverErrorRate(),
            b.faults.midStreamErrorRate(),
            b.faults.connectionDropRate(),
            random);
    List<ModelEndpoint> endpoints = new ArrayList<>();
    for (EmulatedModel m : models) {
      EndpointConfig config =
          new EndpointConfig(
              m.name(),
              m.loraAdapters(),
              m.maxModelLen(),
              m.maxConcurrentRequests(),
              Math.max(1, m.kvCacheTokens() / BLOCK_SIZE),
              BLOCK_SIZE,
              b.latency.timeToFirstToken().toNanos(),
              b.latency.timePerOutputToken().toNanos(),
              b.responseMode.fixedAnswer().orElse(null),
              faults,
              b.clock);
      for (int i = 0; i < m.replicas(); i++) {
        endpoints.add(
            new ModelEndpoint(
                m.poolName() + "-" + i, b.namespace, Map.of("app", m.poolName()), config));
      }
    }
    return endpoints;
  }

  /** The Pod the Kubernetes API shows for a model server: its labels, IP and port. */
  private static ModelServerPod pod(ModelEndpoint e) {
    String address = e.address();
    int colon = address.lastIndexOf(':');
    return new ModelServerPod(
        e.name(),
        e.namespace(),
        e.labels(),
        address.substring(0, colon),
        Integer.parseInt(address.substring(colon + 1)));
  }

  int port() {
    return frontDoor.port();
  }

  ModelServers servers() {
    return servers;
  }

  KubeApi kube() {
    return kube;
  }

  ApigeeEmulator apigee() {
    return apigee;
  }

  /** Stops taking calls first, then the APIs and the model servers, then Vert.x. */
  void close() {
    try {
      await(frontDoor.close().eventually(apigee::close));
      kube.close(); // closes its Fabric8 client, which must not happen on an event loop
      await(servers.close());
    } finally {
      await(vertx.close());
    }
  }

  static <T> T await(Future<T> future) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the gateway emulator failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the gateway emulator did not start or stop within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting or stopping the emulator", e);
    }
  }
}
