package dev.llmgateway.emulator.internal.apigee.mgmt;

import dev.llmgateway.emulator.internal.apigee.store.ApiError;
import dev.llmgateway.emulator.internal.apigee.store.ApigeeStore;
import dev.llmgateway.emulator.internal.apigee.store.Json;
import dev.llmgateway.emulator.internal.apigee.store.OrgStore;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers management API methods under {@code /v1/organizations/:org} and writes their results: a
 * JSON object (200), bytes (200, a bundle zip), null (204) or a future of one of these; an {@link
 * ApiError} becomes its {@code google.rpc.Status} envelope.
 */
final class Api {

  /** A method of the API: the organization and the call in, a result out. */
  @FunctionalInterface
  interface Method {
    @Nullable Object call(OrgStore org, RoutingContext ctx);
  }

  private static final String PREFIX = "/v1/organizations/:org";

  private final Router router;
  private final ApigeeStore store;

  Api(Router router, ApigeeStore store) {
    this.router = router;
    this.store = store;
  }

  void on(HttpMethod method, String path, Method handler) {
    router
        .route(method, PREFIX + path)
        .handler(
            ctx -> {
              try {
                write(ctx, handler.call(store.org(ctx.pathParam("org")), ctx));
              } catch (ApiError e) {
                error(ctx.response(), e);
              }
            });
  }

  void unimplemented(HttpMethod method, String path) {
    on(
        method,
        path,
        (org, ctx) -> {
          throw ApiError.unimplemented(
              method + " " + ctx.request().path() + " is not implemented by the emulator");
        });
  }

  private static void write(RoutingContext ctx, @Nullable Object result) {
    HttpServerResponse r = ctx.response();
    if (result instanceof Future) {
      ((Future<?>) result)
          .onComplete(
              ar -> {
                if (ar.succeeded()) {
                  write(ctx, ar.result());
                } else if (ar.cause() instanceof ApiError) {
                  error(r, (ApiError) ar.cause());
                } else {
                  error(r, internal());
                }
              });
    } else if (result instanceof ObjectNode) {
      r.putHeader("Content-Type", "application/json; charset=UTF-8")
          .end(Buffer.buffer(Json.MAPPER.writeValueAsBytes(result)));
    } else if (result instanceof byte[]) {
      r.putHeader("Content-Type", "application/octet-stream").end(Buffer.buffer((byte[]) result));
    } else {
      r.setStatusCode(204).end();
    }
  }

  static void error(HttpServerResponse r, ApiError e) {
    if (r.ended() || r.closed()) {
      return;
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", e.statusCode());
    error.put("message", e.getMessage());
    error.put("status", e.status());
    if (!e.details().isEmpty()) {
      error.put("details", e.details());
    }
    r.setStatusCode(e.statusCode())
        .putHeader("Content-Type", "application/json; charset=UTF-8")
        .end(Buffer.buffer(Json.MAPPER.writeValueAsBytes(Map.of("error", error))));
  }

  static ApiError internal() {
    return ApiError.internal();
  }

  /**
   * Parses the request body as a JSON object.
   *
   * @throws ApiError INVALID_ARGUMENT if it is empty, not JSON or not an object
   */
  static JsonNode json(RoutingContext ctx) {
    Buffer body = ctx.get(BodyReader.BODY);
    if (body == null || body.length() == 0) {
      throw ApiError.invalid("a JSON object is required as the request body");
    }
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(body.getBytes());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw ApiError.invalid(
          "Invalid JSON payload received"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ".");
    }
    if (n == null || !n.isObject()) {
      throw ApiError.invalid("Invalid JSON payload received: the body must be a JSON object.");
    }
    return n;
  }

  static boolean flag(RoutingContext ctx, String name) {
    return "true".equalsIgnoreCase(ctx.queryParams().get(name));
  }

  static @Nullable String query(RoutingContext ctx, String name) {
    return ctx.queryParams().get(name);
  }
}
