package dev.llmgateway.emulator;

import dev.llmgateway.emulator.internal.ClusterState;
import dev.llmgateway.emulator.internal.Governance;
import dev.llmgateway.emulator.internal.frontdoor.CallHandler;
import dev.llmgateway.emulator.internal.frontdoor.FixedClusterState;
import dev.llmgateway.emulator.internal.frontdoor.FrontDoor;
import dev.llmgateway.emulator.internal.frontdoor.NoGovernance;
import dev.llmgateway.emulator.internal.frontdoor.RoutingState;
import dev.llmgateway.emulator.internal.frontdoor.Upstream;
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
 * The running parts of one emulator and the order they start and stop in: Vert.x, the model
 * servers, the cluster state and governance, the routing, the front door.
 */
final class EmulatorRuntime {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final int BLOCK_SIZE = 16;

  private final Vertx vertx;
  private final ModelServers servers;
  private final FrontDoor frontDoor;

  private EmulatorRuntime(Vertx vertx, ModelServers servers, FrontDoor frontDoor) {
    this.vertx = vertx;
    this.servers = servers;
    this.frontDoor = frontDoor;
  }

  static EmulatorRuntime start(GatewayEmulator.Builder b, List<EmulatedModel> models) {
    int cores = Runtime.getRuntime().availableProcessors();
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Math.max(2, cores)));
    try {
      Random random = b.seed == null ? new Random() : new Random(b.seed);
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
      ModelServers servers = await(ModelServers.start(vertx, endpoints));

      // LEAD: wire the Kubernetes part here. Until then the cluster state is fixed at start: one
      // InferencePool per model, the builder's InferenceObjectives and the HTTPRoute llm-route.
      // The Kubernetes part's ClusterState (internal.kube) replaces FixedClusterState, and its
      // model-server Pods should carry the labels and addresses of servers.endpoints().
      ClusterState cluster =
          new FixedClusterState(ClusterObjects.of(models, b.namespace, b.objectives));
      // LEAD: wire the Apigee part here (internal.apigee's Governance, driven by the cluster state
      // and the management API). Until then every call passes without keys or quotas.
      Governance governance = new NoGovernance();

      RoutingState routing =
          new RoutingState(
              cluster, servers.endpoints(), new RouteTranslator(Saturation.DEFAULTS, random));
      Upstream upstream =
          (endpoint, call, sink) -> {
            ModelEndpoint target = servers.byAddress(endpoint.address());
            if (target == null) {
              sink.reset();
            } else {
              target.handle(call, sink);
            }
          };
      CallHandler handler = new CallHandler(routing, governance, upstream, random);
      FrontDoor frontDoor = await(FrontDoor.start(vertx, "127.0.0.1", b.port, cores, handler));
      return new EmulatorRuntime(vertx, servers, frontDoor);
    } catch (RuntimeException e) {
      vertx.close();
      throw e;
    }
  }

  int port() {
    return frontDoor.port();
  }

  ModelServers servers() {
    return servers;
  }

  void close() {
    try {
      await(frontDoor.close().eventually(servers::close));
    } finally {
      await(vertx.close());
    }
  }

  static <T> T await(Future<T> future) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the gateway emulator failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the gateway emulator did not start or stop within " + START_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting or stopping the emulator", e);
    }
  }
}
