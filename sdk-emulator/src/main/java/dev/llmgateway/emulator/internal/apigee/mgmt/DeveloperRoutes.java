package dev.llmgateway.emulator.internal.apigee.mgmt;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

import io.vertx.ext.web.RoutingContext;

/** Developers, their apps and the apps' keys. */
final class DeveloperRoutes {

  private static final String DEV = "/developers/:dev";
  private static final String APP = DEV + "/apps/:app";
  private static final String KEY = APP + "/keys/:key";

  private DeveloperRoutes() {}

  static void register(Api api) {
    api.on(POST, "/developers", (org, ctx) -> org.developers().create(Api.json(ctx)));
    api.on(
        GET,
        "/developers",
        (org, ctx) ->
            org.developers()
                .list(
                    Api.flag(ctx, "expand"), Api.query(ctx, "startKey"), Api.query(ctx, "count")));
    api.on(GET, DEV, (org, ctx) -> org.developers().get(dev(ctx)));
    api.on(PUT, DEV, (org, ctx) -> org.developers().update(dev(ctx), Api.json(ctx)));
    api.on(DELETE, DEV, (org, ctx) -> org.developers().delete(dev(ctx)));
    api.on(
        POST,
        DEV,
        (org, ctx) -> {
          org.developers().setStatus(dev(ctx), Api.query(ctx, "action"));
          return null;
        });

    api.on(POST, DEV + "/apps", (org, ctx) -> org.apps().create(dev(ctx), Api.json(ctx)));
    api.on(
        GET,
        DEV + "/apps",
        (org, ctx) ->
            org.apps()
                .list(
                    dev(ctx),
                    Api.flag(ctx, "expand"),
                    Api.query(ctx, "startKey"),
                    Api.query(ctx, "count")));
    api.on(GET, APP, (org, ctx) -> org.apps().get(dev(ctx), app(ctx)));
    api.on(PUT, APP, (org, ctx) -> org.apps().update(dev(ctx), app(ctx), Api.json(ctx)));
    api.on(DELETE, APP, (org, ctx) -> org.apps().delete(dev(ctx), app(ctx)));
    api.on(
        POST,
        APP,
        (org, ctx) -> {
          String action = Api.query(ctx, "action");
          if (action == null) {
            return org.apps().generateKey(dev(ctx), app(ctx), Api.json(ctx));
          }
          org.apps().setStatus(dev(ctx), app(ctx), action);
          return null;
        });

    api.on(POST, APP + "/keys/create", (org, ctx) -> createKey(org, ctx));
    api.on(POST, APP + "/keys", (org, ctx) -> createKey(org, ctx));
    api.on(GET, KEY, (org, ctx) -> org.keys().get(dev(ctx), app(ctx), key(ctx)));
    api.on(DELETE, KEY, (org, ctx) -> org.keys().delete(dev(ctx), app(ctx), key(ctx)));
    api.on(PUT, KEY, (org, ctx) -> org.keys().replace(dev(ctx), app(ctx), key(ctx), Api.json(ctx)));
    api.on(
        POST,
        KEY,
        (org, ctx) -> {
          String action = Api.query(ctx, "action");
          if (action == null) {
            return org.keys().update(dev(ctx), app(ctx), key(ctx), Api.json(ctx));
          }
          org.keys().setStatus(dev(ctx), app(ctx), key(ctx), action);
          return null;
        });
    api.on(
        POST,
        KEY + "/apiproducts/:product",
        (org, ctx) -> {
          org.keys()
              .setProductStatus(
                  dev(ctx), app(ctx), key(ctx), ctx.pathParam("product"), Api.query(ctx, "action"));
          return null;
        });
    api.on(
        DELETE,
        KEY + "/apiproducts/:product",
        (org, ctx) ->
            org.keys().removeProduct(dev(ctx), app(ctx), key(ctx), ctx.pathParam("product")));
  }

  private static Object createKey(
      dev.llmgateway.emulator.internal.apigee.store.OrgStore org, RoutingContext ctx) {
    return org.keys().create(dev(ctx), app(ctx), Api.json(ctx));
  }

  private static String dev(RoutingContext ctx) {
    return ctx.pathParam("dev");
  }

  private static String app(RoutingContext ctx) {
    return ctx.pathParam("app");
  }

  private static String key(RoutingContext ctx) {
    return ctx.pathParam("key");
  }
}
