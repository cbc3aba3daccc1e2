package dev.llmgateway.emulator.internal.apigee.mgmt;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

/** API products. */
final class ProductRoutes {

  private static final String PRODUCT = "/apiproducts/:product";

  private ProductRoutes() {}

  static void register(Api api) {
    api.on(POST, "/apiproducts", (org, ctx) -> org.products().create(Api.json(ctx)));
    api.on(
        GET,
        "/apiproducts",
        (org, ctx) ->
            org.products()
                .list(
                    Api.flag(ctx, "expand"),
                    Api.query(ctx, "startKey"),
                    Api.query(ctx, "count"),
                    Api.query(ctx, "attributename"),
                    Api.query(ctx, "attributevalue")));
    api.on(GET, PRODUCT, (org, ctx) -> org.products().get(ctx.pathParam("product")));
    api.on(
        PUT, PRODUCT, (org, ctx) -> org.products().update(ctx.pathParam("product"), Api.json(ctx)));
    api.on(DELETE, PRODUCT, (org, ctx) -> org.products().delete(ctx.pathParam("product")));
    api.on(
        POST,
        PRODUCT + "/attributes",
        (org, ctx) -> org.products().replaceAttributes(ctx.pathParam("product"), Api.json(ctx)));
  }
}
