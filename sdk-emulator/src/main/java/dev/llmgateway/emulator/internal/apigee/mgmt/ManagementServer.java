package dev.llmgateway.emulator.internal.apigee.mgmt;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

import dev.llmgateway.emulator.internal.apigee.store.ApiError;
import dev.llmgateway.emulator.internal.apigee.store.ApigeeStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jspecify.annotations.Nullable;

/**
 * The Apigee management API at {@code apigee.googleapis.com}'s paths under {@code /v1/}: every call
 * of sdk-admin's {@code ApigeeClient} (developers, apps, keys, products, proxies, revisions,
 * deployments, environments). Any bearer token, or none, is accepted. Errors are {@code
 * google.rpc.Status} envelopes: unknown paths and methods 404, methods of the API the emulator does
 * not serve 501, bodies over the limits of {@link BodyReader} 413. Runs on the Vert.x event loop;
 * bundles are parsed on a worker thread.
 */
public final class ManagementServer {

  private final Vertx vertx;
  private final Router router;
  private @Nullable HttpServer server;

  /**
   * Creates the server.
   *
   * @param vertx the Vert.x instance
   * @param store the organizations
   */
  public ManagementServer(Vertx vertx, ApigeeStore store) {
    this.vertx = vertx;
    this.router = Router.router(vertx);
    router.route().handler(new BodyReader());
    Api api = new Api(router, store);
    DeveloperRoutes.register(api);
    ProductRoutes.register(api);
    ProxyRoutes.register(api);
    for (String path :
        new String[] {
          "/apps",
          "/apps/:id",
          "/operations",
          "/operations/:id",
          "/apimServiceExtensions",
          "/apimServiceExtensions/:id"
        }) {
      api.unimplemented(GET, path);
    }
    api.unimplemented(POST, "/apimServiceExtensions");
    api.unimplemented(PATCH, "/apimServiceExtensions/:id");
    api.unimplemented(DELETE, "/apimServiceExtensions/:id");
    router.errorHandler(404, ManagementServer::notFound);
    router.errorHandler(405, ManagementServer::notFound);
    router.errorHandler(413, ctx -> Api.error(ctx.response(), ApiError.tooLarge(limit(ctx))));
    router.errorHandler(500, ManagementServer::failure);
    router.route().failureHandler(ManagementServer::failure);
  }

  /**
   * Starts listening.
   *
   * @param host the interface, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   * @return the port it listens on
   */
  public Future<Integer> start(String host, int port) {
    return vertx
        .createHttpServer(new HttpServerOptions().setHost(host).setPort(port))
        .requestHandler(router)
        .listen()
        .map(
            s -> {
              server = s;
              return s.actualPort();
            });
  }

  /**
   * Stops listening.
   *
   * @return completes when closed
   */
  public Future<Void> close() {
    return server == null ? Future.succeededFuture() : server.close();
  }

  private static void notFound(RoutingContext ctx) {
    Api.error(
        ctx.response(),
        ApiError.notFound(
            "the management API has no method "
                + ctx.request().method()
                + " "
                + ctx.request().path()));
  }

  private static void failure(RoutingContext ctx) {
    Throwable t = ctx.failure();
    if (t instanceof ApiError) {
      Api.error(ctx.response(), (ApiError) t);
    } else if (ctx.statusCode() == 404 || ctx.statusCode() == 405) {
      notFound(ctx);
    } else if (ctx.statusCode() == 413) {
      Api.error(ctx.response(), ApiError.tooLarge(limit(ctx)));
    } else {
      Api.error(ctx.response(), Api.internal());
    }
  }

  private static long limit(RoutingContext ctx) {
    return ctx.request().path().matches("/v1/organizations/[^/]+/apis/?")
        ? BodyReader.BUNDLE_LIMIT
        : BodyReader.JSON_LIMIT;
  }
}
