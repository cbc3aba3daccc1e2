package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The running model servers: every endpoint with its own loopback port, found by the address the
 * Endpoint Picker writes into {@code x-gateway-destination-endpoint}. This class is thread-safe.
 */
public final class ModelServers {
  private final List<EndpointServer> servers;
  private final Map<String, ModelEndpoint> byAddress = new HashMap<>();

  private ModelServers(List<EndpointServer> servers) {
    this.servers = List.copyOf(servers);
    for (EndpointServer s : servers) {
      byAddress.put(s.endpoint().address(), s.endpoint());
    }
  }

  /**
   * Starts a server for each endpoint.
   *
   * @param vertx the Vert.x instance
   * @param endpoints the endpoints
   * @return the running servers
   */
  public static Future<ModelServers> start(Vertx vertx, List<ModelEndpoint> endpoints) {
    List<Future<EndpointServer>> started = new ArrayList<>();
    for (ModelEndpoint e : endpoints) {
      started.add(EndpointServer.start(vertx, e));
    }
    return Future.all(started)
        .map(
            all -> {
              List<EndpointServer> list = new ArrayList<>();
              for (Future<EndpointServer> f : started) {
                list.add(f.result());
              }
              return new ModelServers(list);
            });
  }

  /** Returns the endpoints, in start order. */
  public List<ModelEndpoint> endpoints() {
    List<ModelEndpoint> out = new ArrayList<>(servers.size());
    for (EndpointServer s : servers) {
      out.add(s.endpoint());
    }
    return out;
  }

  /**
   * Returns the endpoint listening at an address.
   *
   * @param address {@code host:port}
   * @return the endpoint, or null
   */
  public @Nullable ModelEndpoint byAddress(String address) {
    return byAddress.get(address);
  }

  /** Stops every server. */
  public Future<Void> close() {
    List<Future<Void>> closed = new ArrayList<>();
    for (EndpointServer s : servers) {
      closed.add(s.close());
    }
    return Future.join(closed).mapEmpty();
  }
}
