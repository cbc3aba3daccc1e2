package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.client.internal.http.RequestIds;
import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Governance;
import dev.llmgateway.emulator.internal.routing.EndpointPicker;
import dev.llmgateway.emulator.internal.routing.EppError;
import dev.llmgateway.emulator.internal.routing.EppRequest;
import dev.llmgateway.emulator.internal.routing.PoolTarget;
import dev.llmgateway.emulator.internal.routing.RouteRule;
import dev.llmgateway.emulator.internal.serving.EndpointState;
import dev.llmgateway.emulator.internal.serving.JsonBody;
import dev.llmgateway.emulator.internal.serving.ServingCall;
import dev.llmgateway.emulator.internal.serving.VertxTimers;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Handles one call at the front door: reads the body (at most {@link #MAX_BODY_BYTES}, else 413),
 * sets {@code x-request-id} when the client sent none, matches the HTTPRoutes (no match: 404), runs
 * the governance layer's request flow, lets the Endpoint Picker read the body and pick an endpoint
 * (replacing any {@code x-gateway-destination-endpoint} the client sent), and forwards the call.
 * Failures inside the emulator answer 500 instead of leaving the call hanging. Runs on the
 * connection's event loop. This class is thread-safe.
 */
public final class CallHandler implements Handler<HttpServerRequest> {
  /** The largest request body accepted, 4 MiB. */
  public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  static final String DESTINATION = "x-gateway-destination-endpoint";
  static final String OBJECTIVE = "x-gateway-inference-objective";
  static final String REWRITE = "x-gateway-model-name-rewrite";
  private static final Logger LOG = Logger.getLogger(CallHandler.class.getName());

  private final RoutingState routing;
  private final Governance governance;
  private final Upstream upstream;
  private final Random random;

  /**
   * Creates the handler.
   *
   * @param routing the routes and pools
   * @param governance the governance layer
   * @param upstream where routed calls go
   * @param random the source of weighted backend choices
   */
  public CallHandler(
      RoutingState routing, Governance governance, Upstream upstream, Random random) {
    this.routing = routing;
    this.governance = governance;
    this.upstream = upstream;
    this.random = random;
  }

  @Override
  public void handle(HttpServerRequest request) {
    String given = request.getHeader(Replies.REQUEST_ID);
    String id = given == null || given.isBlank() ? RequestIds.next() : given;
    if (given == null || given.isBlank()) {
      request.headers().set(Replies.REQUEST_ID, id);
    }
    Body body = new Body();
    long declared = declaredLength(request.getHeader("content-length"));
    if (declared > MAX_BODY_BYTES) {
      body.reject(request, id, declared);
    }
    request.exceptionHandler(
        e -> {
          /* the client went away; nothing to answer */
        });
    request.handler(chunk -> body.append(request, id, chunk));
    request.endHandler(
        v -> {
          if (!body.rejected) {
            safely(request, id, () -> route(request, id, body.bytes));
          }
        });
  }

  private static long declaredLength(@Nullable String header) {
    if (header == null
        || header.isEmpty()
        || header.length() > 18
        || !header.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(header);
  }

  private void route(HttpServerRequest request, String id, Buffer body) {
    if (request.response().ended()) {
      return;
    }
    Context context = Vertx.currentContext();
    String method = request.method().name();
    String path = request.path();
    RouteRule rule = routing.table().match(method, path, request.headers(), request.params());
    if (rule == null || rule.backends().isEmpty()) {
      Replies.send(request.response(), id, 404, Replies.TEXT, Replies.NO_ROUTE);
      return;
    }
    Exchange exchange = new Exchange(method, path, request.headers(), body, id);
    governance
        .onRequest(exchange)
        .onComplete(
            ar -> {
              Runnable next =
                  () ->
                      safely(
                          request,
                          id,
                          () -> {
                            if (ar.failed()) {
                              LOG.log(
                                  Level.WARNING, "governance failed on request " + id, ar.cause());
                              Replies.send(
                                  request.response(), id, 500, Replies.TEXT, Replies.INTERNAL);
                            } else if (ar.result() != null) {
                              Replies.fault(request.response(), id, ar.result());
                            } else {
                              pick(request, exchange, rule, context);
                            }
                          });
              if (Vertx.currentContext() == context) {
                next.run();
              } else {
                context.runOnContext(v -> next.run());
              }
            });
  }

  private void pick(HttpServerRequest request, Exchange exchange, RouteRule rule, Context context) {
    String id = exchange.requestId();
    JsonNode json = null;
    String target = null;
    String prompt = "";
    if (exchange.requestBody().length() > 0) {
      try {
        json = JsonBody.parse(exchange.requestBody());
        EppRequest read = EppRequest.read(json, request.getHeader(REWRITE));
        target = read.targetModel();
        prompt = read.prompt();
      } catch (JacksonException e) {
        Replies.epp(request.response(), id, EppError.MODEL_NOT_FOUND);
        return;
      } catch (EppRequest.Rejected e) {
        Replies.epp(request.response(), id, e.error());
        return;
      }
    }
    ForwardingSink sink = new ForwardingSink(request, context, exchange, governance);
    if (json == null && exchange.path().equals("/v1/models")) {
      List<PoolTarget> pools = ModelsFanOut.pools(rule);
      if (pools.size() > 1) {
        new ModelsFanOut(request, context, upstream).run(pools, sink);
        return;
      }
    }
    @Nullable PoolTarget pool = rule.choose(target, random);
    if (pool == null) {
      Replies.send(
          request.response(),
          id,
          500,
          Replies.TEXT,
          Buffer.buffer("no valid backendRef in HTTPRoute " + rule.route()));
      return;
    }
    EndpointPicker.Pick pick = pool.pick(request.getHeader(OBJECTIVE), target, prompt);
    if (pick.error() != null) {
      Replies.epp(request.response(), id, pick.error());
      return;
    }
    EndpointState endpoint = pick.endpoint();
    request.headers().set(DESTINATION, endpoint.address());
    upstream.forward(
        endpoint,
        new ServingCall(
            exchange.method(), exchange.path(), request.headers(), json, new VertxTimers(context)),
        sink);
  }

  /**
   * A request body being read. Over the limit, the 413 goes out at once and the rest of the body is
   * read and dropped, so the client, still sending, gets the answer; past {@link #DISCARD_LIMIT}
   * the connection closes instead.
   */
  private static final class Body {
    /** The most bytes read and dropped after a 413 before the connection is closed, 64 MiB. */
    static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    final Buffer bytes = Buffer.buffer();
    boolean rejected;
    long discarded;

    void append(HttpServerRequest request, String id, Buffer chunk) {
      if (rejected) {
        discarded += chunk.length();
        if (discarded > DISCARD_LIMIT) {
          request.connection().close();
        }
      } else if (bytes.length() + chunk.length() > MAX_BODY_BYTES) {
        reject(request, id, 0);
      } else {
        bytes.appendBuffer(chunk);
      }
    }

    void reject(HttpServerRequest request, String id, long declared) {
      rejected = true;
      Replies.send(request.response(), id, 413, Replies.TEXT, Replies.TOO_LARGE);
      if (declared > DISCARD_LIMIT) {
        request.connection().close();
      }
    }
  }

  private static void safely(HttpServerRequest request, String id, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "call " + id + " failed inside the emulator", e);
      if (request.response().headWritten()) {
        request.connection().close();
      } else {
        Replies.send(request.response(), id, 500, Replies.TEXT, Replies.INTERNAL);
      }
    }
  }
}
