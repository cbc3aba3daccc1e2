package dev.llmgateway.emulator.internal.frontdoor;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The front door's listeners: one HTTP server per event loop on the same port (Vert.x shares it and
 * spreads connections over them), all handing calls to one {@link CallHandler}, so calls use every
 * core without a thread per call.
 */
public final class FrontDoor {
  private final Vertx vertx;
  private final String deployment;
  private final int port;

  private FrontDoor(Vertx vertx, String deployment, int port) {
    this.vertx = vertx;
    this.deployment = deployment;
    this.port = port;
  }

  /**
   * Starts listening.
   *
   * @param vertx the Vert.x instance
   * @param host the address to bind, such as {@code 127.0.0.1}
   * @param port the port, or 0 for a free one
   * @param instances the number of listeners (event loops)
   * @param handler the call handler
   * @return the running front door
   */
  public static Future<FrontDoor> start(
      Vertx vertx, String host, int port, int instances, CallHandler handler) {
    // Vert.x shares a port between listeners only when it is given explicitly; port 0 would give
    // each listener a port of its own. So a free port is chosen first (a retry covers the rare
    // race with another process taking it meanwhile).
    Future<FrontDoor> first =
        deploy(vertx, host, port == 0 ? freePort(host) : port, instances, handler);
    return port != 0
        ? first
        : first.recover(e -> deploy(vertx, host, freePort(host), instances, handler));
  }

  private static Future<FrontDoor> deploy(
      Vertx vertx, String host, int port, int instances, CallHandler handler) {
    HttpServerOptions options =
        new HttpServerOptions().setHost(host).setPort(port).setTcpNoDelay(true);
    return vertx
        .deployVerticle(
            () -> new Listener(options, handler),
            new DeploymentOptions().setInstances(Math.max(1, instances)))
        .map(id -> new FrontDoor(vertx, id, port));
  }

  private static int freePort(String host) {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + host, e);
    }
  }

  /** Returns the port the front door listens on. */
  public int port() {
    return port;
  }

  /** Stops listening. */
  public Future<Void> close() {
    return vertx.undeploy(deployment);
  }

  /** One listener on one event loop. */
  private static final class Listener extends VerticleBase {
    private final HttpServerOptions options;
    private final CallHandler handler;

    Listener(HttpServerOptions options, CallHandler handler) {
      this.options = options;
      this.handler = handler;
    }

    @Override
    public Future<?> start() {
      return vertx.createHttpServer(options).requestHandler(handler).listen();
    }
  }
}
