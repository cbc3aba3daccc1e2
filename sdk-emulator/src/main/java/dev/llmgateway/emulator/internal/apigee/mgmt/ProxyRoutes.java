package dev.llmgateway.emulator.internal.apigee.mgmt;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

import dev.llmgateway.emulator.internal.apigee.bundle.BundleException;
import dev.llmgateway.emulator.internal.apigee.bundle.BundleParser;
import dev.llmgateway.emulator.internal.apigee.bundle.BundleViolation;
import dev.llmgateway.emulator.internal.apigee.bundle.ParsedBundle;
import dev.llmgateway.emulator.internal.apigee.store.ApiError;
import dev.llmgateway.emulator.internal.apigee.store.OrgStore;
import dev.llmgateway.emulator.internal.apigee.store.ProxyService;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * API proxies, revisions and deployments. Bundles are parsed on a worker thread ({@code
 * executeBlocking}), never on the event loop.
 */
final class ProxyRoutes {

  private static final String API = "/apis/:api";
  private static final String REV = API + "/revisions/:rev";
  private static final String ENV = "/environments/:env";
  private static final String DEPLOYMENT = ENV + "/apis/:api/revisions/:rev/deployments";

  private ProxyRoutes() {}

  static void register(Api api) {
    api.on(POST, "/apis", ProxyRoutes::upload);
    api.on(GET, "/apis", (org, ctx) -> org.proxies().list(Api.flag(ctx, "includeRevisions")));
    api.on(GET, API, (org, ctx) -> org.proxies().get(ctx.pathParam("api")));
    api.on(DELETE, API, (org, ctx) -> org.proxies().delete(ctx.pathParam("api")));
    api.unimplemented(PATCH, API);
    api.on(
        GET,
        REV,
        (org, ctx) ->
            "bundle".equals(Api.query(ctx, "format"))
                ? org.proxies().download(ctx.pathParam("api"), ctx.pathParam("rev"))
                : org.proxies().revision(ctx.pathParam("api"), ctx.pathParam("rev")));
    api.on(
        DELETE,
        REV,
        (org, ctx) -> org.proxies().deleteRevision(ctx.pathParam("api"), ctx.pathParam("rev")));
    api.unimplemented(POST, REV);
    api.on(
        GET,
        REV + "/deployments",
        (org, ctx) ->
            org.deployments().listForRevision(ctx.pathParam("api"), ctx.pathParam("rev")));
    api.on(
        GET,
        API + "/deployments",
        (org, ctx) -> org.deployments().listForProxy(ctx.pathParam("api")));

    api.on(GET, ENV, (org, ctx) -> org.deployments().environment(ctx.pathParam("env")));
    api.on(
        GET,
        ENV + "/deployments",
        (org, ctx) -> org.deployments().listForEnvironment(ctx.pathParam("env")));
    api.on(
        POST,
        DEPLOYMENT,
        (org, ctx) ->
            org.deployments()
                .deploy(
                    ctx.pathParam("env"),
                    ctx.pathParam("api"),
                    ctx.pathParam("rev"),
                    Api.flag(ctx, "override")));
    api.on(
        GET,
        DEPLOYMENT,
        (org, ctx) ->
            org.deployments()
                .get(ctx.pathParam("env"), ctx.pathParam("api"), ctx.pathParam("rev")));
    api.on(
        DELETE,
        DEPLOYMENT,
        (org, ctx) ->
            org.deployments()
                .undeploy(ctx.pathParam("env"), ctx.pathParam("api"), ctx.pathParam("rev")));
  }

  private static Future<Object> upload(OrgStore org, RoutingContext ctx) {
    String action = Api.query(ctx, "action");
    if (!"import".equals(action) && !"validate".equals(action)) {
      throw ApiError.invalidField(
          "action",
          "action must be import or validate (the emulator creates proxies from bundles only)");
    }
    String given = Api.query(ctx, "name");
    if (given == null) {
      throw ApiError.invalidField("name", "the name query parameter is required");
    }
    String name = ProxyService.checkName(given);
    byte[] zip = zip(ctx);
    int next = org.proxies().nextRevision(name);
    return ctx.vertx()
        .executeBlocking(() -> BundleParser.parse(name, next, zip))
        .recover(
            t -> Future.failedFuture(t instanceof BundleException ? bad((BundleException) t) : t))
        .map(
            (ParsedBundle b) ->
                "validate".equals(action)
                    ? org.proxies().describe(name, b)
                    : org.proxies().store(name, zip, b));
  }

  private static byte[] zip(RoutingContext ctx) {
    Buffer file = ctx.get(BodyReader.UPLOAD);
    Buffer raw = ctx.get(BodyReader.BODY);
    Buffer zip = file != null ? file : raw;
    if (zip == null || zip.length() == 0) {
      throw ApiError.invalidField(
          "file", "the bundle zip is required, as the multipart/form-data field 'file'");
    }
    return zip.getBytes();
  }

  private static ApiError bad(BundleException e) {
    List<Map<String, Object>> violations = new ArrayList<>();
    for (BundleViolation v : e.violations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("filename", v.filename());
      m.put("description", v.description());
      violations.add(m);
    }
    return ApiError.badBundle(violations);
  }
}
