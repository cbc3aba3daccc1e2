package dev.llmgateway.emulator.internal.kube;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.ServerWebSocket;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP side of the Kubernetes API on Vert.x: reads each request body (refusing bodies over the
 * limit with 413 before reading them), hands the request to the {@link KubeDispatcher} on the event
 * loop and writes its answer; watch requests stay open as a WebSocket (Fabric8's clients) or a
 * chunked stream of JSON lines (kubectl, client-go). Nothing here blocks or starts a thread.
 */
final class KubeServer {
  private static final System.Logger LOG = System.getLogger(KubeServer.class.getName());

  private final Vertx vertx;
  private final KubeDispatcher dispatcher;
  private final Watches watches;
  private final int maxBodyBytes;
  private @Nullable HttpServer server;

  KubeServer(Vertx vertx, KubeDispatcher dispatcher, Watches watches, int maxBodyBytes) {
    this.vertx = vertx;
    this.dispatcher = dispatcher;
    this.watches = watches;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Starts listening; completes with the bound port. */
  Future<Integer> listen(String host, int port) {
    HttpServer s =
        vertx
            .createHttpServer(new HttpServerOptions().setHost(host).setPort(port))
            .requestHandler(this::handle);
    server = s;
    return s.listen().map(HttpServer::actualPort);
  }

  /** Ends every watch and stops listening. */
  Future<Void> close() {
    watches.closeAll();
    HttpServer s = server;
    return s == null ? Future.succeededFuture() : s.close();
  }

  private void handle(HttpServerRequest req) {
    String uri = req.uri();
    if (req.method() == io.vertx.core.http.HttpMethod.GET && isWatch(uri)) {
      watch(req, uri);
      return;
    }
    String length = req.getHeader("Content-Length");
    if (length != null && tooLong(length)) {
      refuse(req);
      return;
    }
    Buffer body = Buffer.buffer();
    boolean[] refused = {false};
    req.handler(
        chunk -> {
          if (refused[0]) {
            return;
          }
          if (body.length() + chunk.length() > maxBodyBytes) {
            refused[0] = true;
            refuse(req);
          } else {
            body.appendBuffer(chunk);
          }
        });
    req.exceptionHandler(e -> LOG.log(System.Logger.Level.DEBUG, "request failed", e));
    req.endHandler(
        v -> {
          if (!refused[0]) {
            send(req.response(), answer(req, uri, body));
          }
        });
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.trim()) > maxBodyBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void refuse(HttpServerRequest req) {
    HttpServerResponse resp = req.response();
    if (!resp.headWritten()) {
      resp.putHeader("Connection", "close");
      send(resp, KubeException.tooLarge(maxBodyBytes).response());
    }
  }

  private MockResponse answer(HttpServerRequest req, String uri, Buffer body) {
    HttpMethod method = HttpMethod.fromVertx(req.method());
    if (method == null) {
      return KubeException.methodNotAllowed().response();
    }
    Headers headers = Headers.builder().addAll(req.headers()).build();
    return dispatcher.dispatch(
        new RecordedRequest(
            req.version().alpnName().toUpperCase(Locale.ROOT),
            method,
            uri,
            headers,
            new io.fabric8.mockwebserver.http.Buffer(body.getBytes())));
  }

  private static void send(HttpServerResponse resp, MockResponse r) {
    resp.setStatusCode(r.code());
    r.getHeaders().toMultimap().forEach((k, vs) -> resp.headers().add(k, vs));
    io.fabric8.mockwebserver.http.Buffer b = r.getBody();
    resp.end(Buffer.buffer(b == null ? new byte[0] : b.getBytes()));
  }

  private void watch(HttpServerRequest req, String uri) {
    String upgrade = req.getHeader("Upgrade");
    boolean webSocket = upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("websocket");
    if (webSocket) {
      req.toWebSocket()
          .onSuccess(ws -> openWebSocketWatch(ws, uri))
          .onFailure(e -> LOG.log(System.Logger.Level.DEBUG, "watch upgrade failed", e));
      return;
    }
    HttpServerResponse resp = req.response();
    Watches.Sink sink =
        new Watches.Sink() {
          @Override
          public void send(String event) {
            if (resp.ended() || resp.closed()) {
              return;
            }
            if (resp.writeQueueFull()) {
              close(); // a client that does not read is dropped, as the API server does
            } else {
              resp.write(event + "\n");
            }
          }

          @Override
          public void close() {
            if (!resp.ended() && !resp.closed()) {
              resp.end();
            }
          }
        };
    try {
      resp.setStatusCode(200).setChunked(true).putHeader("Content-Type", "application/json");
      Watches.Watch w = dispatcher.watch(uri, sink);
      resp.closeHandler(v -> watches.close(w));
      if (!resp.headWritten()) {
        resp.writeHead(); // clients wait for the headers before they read events
      }
      expire(w, sink, uri);
    } catch (KubeException e) {
      resp.setChunked(false);
      send(resp, e.response());
    }
  }

  private void openWebSocketWatch(ServerWebSocket ws, String uri) {
    Watches.Sink sink =
        new Watches.Sink() {
          @Override
          public void send(String event) {
            if (ws.isClosed()) {
              return;
            }
            if (ws.writeQueueFull()) {
              close(); // a client that does not read is dropped, as the API server does
            } else {
              ws.writeTextMessage(event);
            }
          }

          @Override
          public void close() {
            if (!ws.isClosed()) {
              ws.close();
            }
          }
        };
    try {
      Watches.Watch w = dispatcher.watch(uri, sink);
      ws.closeHandler(v -> watches.close(w));
      expire(w, sink, uri);
    } catch (KubeException e) {
      ws.writeTextMessage("{\"type\":\"ERROR\",\"object\":" + e.status() + "}");
      ws.close();
    }
  }

  /** Ends the watch after {@code timeoutSeconds}, as the API server does. */
  private void expire(Watches.Watch w, Watches.Sink sink, String uri) {
    RequestPath p = Objects.requireNonNull(RequestPath.parse(uri));
    String timeout = p.param("timeoutSeconds");
    if (timeout == null) {
      return;
    }
    try {
      long seconds = Long.parseLong(timeout);
      if (seconds > 0) {
        vertx.setTimer(
            seconds * 1000,
            id -> {
              watches.close(w);
              sink.close();
            });
      }
    } catch (NumberFormatException e) {
      LOG.log(System.Logger.Level.DEBUG, "ignoring timeoutSeconds " + timeout);
    }
  }

  private static boolean isWatch(String uri) {
    RequestPath p = RequestPath.parse(uri);
    return p != null && p.watch();
  }
}
