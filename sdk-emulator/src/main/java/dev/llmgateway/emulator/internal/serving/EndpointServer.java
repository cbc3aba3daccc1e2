package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A model server's own port on loopback, like a vLLM pod's {@code :8000}: for {@code /metrics}, and
 * for calls that bypass the gateway. Bodies over {@link #MAX_BODY_BYTES} get 413; bodies that are
 * not JSON get vLLM's 400.
 */
public final class EndpointServer {
  /** The largest request body accepted, 4 MiB. */
  public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final ModelEndpoint endpoint;
  private final HttpServer server;

  private EndpointServer(ModelEndpoint endpoint, HttpServer server) {
    this.endpoint = endpoint;
    this.server = server;
  }

  /**
   * Starts a server for an endpoint on a free loopback port and sets the endpoint's address.
   *
   * @param vertx the Vert.x instance
   * @param endpoint the endpoint
   * @return the running server
   */
  public static Future<EndpointServer> start(Vertx vertx, ModelEndpoint endpoint) {
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1"));
    EndpointServer es = new EndpointServer(endpoint, server);
    server.requestHandler(es::handle);
    return server
        .listen(0)
        .map(
            s -> {
              endpoint.address("127.0.0.1:" + s.actualPort());
              return es;
            });
  }

  /** Returns the endpoint. */
  public ModelEndpoint endpoint() {
    return endpoint;
  }

  /** Returns the base URL, like {@code http://127.0.0.1:PORT}. */
  public String url() {
    return "http://" + endpoint.address();
  }

  /** Stops listening. */
  public Future<Void> close() {
    return server.close();
  }

  private void handle(HttpServerRequest request) {
    HttpResponseSink sink = new HttpResponseSink(request);
    Buffer body = Buffer.buffer();
    request.handler(
        chunk -> {
          if (body.length() + chunk.length() > MAX_BODY_BYTES) {
            request.pause();
            sink.complete(
                413,
                "application/json",
                VllmJson.error(
                    new ServingError(413, "BadRequestError", null, "Request body too large.")));
            request.connection().close();
          } else {
            body.appendBuffer(chunk);
          }
        });
    request.endHandler(
        v -> {
          if (request.response().ended()) {
            return;
          }
          JsonNode json;
          try {
            json = JsonBody.parse(body);
          } catch (JacksonException e) {
            sink.complete(
                400,
                "application/json",
                VllmJson.error(ServingError.badRequest(null, "JSON decode error")));
            return;
          }
          endpoint.handle(
              new ServingCall(
                  request.method().name(),
                  request.path(),
                  request.headers(),
                  json,
                  VertxTimers.current()),
              sink);
        });
  }
}
