package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.emulator.internal.ClusterState;
import dev.llmgateway.emulator.internal.routing.RouteTranslator;
import dev.llmgateway.emulator.internal.routing.RoutingTable;
import dev.llmgateway.emulator.internal.serving.EndpointState;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.util.List;

/**
 * The current {@link RoutingTable}: translated from the cluster state at start and again after
 * every change the cluster state reports, then read without locks by every call. This class is
 * thread-safe.
 */
public final class RoutingState {
  private final ClusterState cluster;
  private final List<? extends EndpointState> endpoints;
  private final RouteTranslator translator;
  private volatile RoutingTable table = RoutingTable.empty();

  /**
   * Translates the cluster state and follows its changes.
   *
   * @param cluster the applied objects
   * @param endpoints the model-server endpoints pools select from
   * @param translator the translator
   */
  public RoutingState(
      ClusterState cluster, List<? extends EndpointState> endpoints, RouteTranslator translator) {
    this.cluster = cluster;
    this.endpoints = List.copyOf(endpoints);
    this.translator = translator;
    refresh();
    cluster.addListener(this::refresh);
  }

  /** Returns the current table. */
  public RoutingTable table() {
    return table;
  }

  private synchronized void refresh() {
    table =
        translator.translate(
            cluster.list(HTTPRoute.class),
            cluster.list(InferencePool.class),
            cluster.list(InferenceObjective.class),
            endpoints,
            table);
  }
}
