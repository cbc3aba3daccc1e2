package dev.llmgateway.emulator.internal.apigee.mgmt;

import dev.llmgateway.emulator.internal.apigee.store.ApiError;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * Reads request bodies into memory with a limit: {@value #JSON_LIMIT} bytes, or {@value
 * #BUNDLE_LIMIT} bytes for bundle uploads ({@code POST .../apis}, Apigee's bundle size limit). A
 * body over the limit is drained (up to {@value #DRAIN_FACTOR} times the limit, after which the
 * connection is closed) and answered with 413. For multipart uploads the {@code file} part is kept
 * in memory; nothing is written to disk.
 */
final class BodyReader implements Handler<RoutingContext> {

  /** The largest JSON body accepted. */
  static final int JSON_LIMIT = 1024 * 1024;

  /** The largest bundle upload accepted. */
  static final int BUNDLE_LIMIT = 15 * 1024 * 1024;

  static final int DRAIN_FACTOR = 4;

  static final String BODY = "apigee.body";
  static final String UPLOAD = "apigee.upload";

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest req = ctx.request();
    boolean upload =
        req.method() == HttpMethod.POST && req.path().matches("/v1/organizations/[^/]+/apis/?");
    int limit = upload ? BUNDLE_LIMIT : JSON_LIMIT;
    if (req.isEnded()) {
      ctx.put(BODY, Buffer.buffer());
      ctx.next();
      return;
    }
    String type = req.getHeader("Content-Type");
    boolean multipart =
        upload && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    Buffer body = Buffer.buffer();
    Buffer file = Buffer.buffer();
    long[] received = {0};
    boolean[] over = {false};
    if (multipart) {
      req.setExpectMultipart(true);
      req.uploadHandler(
          part ->
              part.handler(
                  chunk -> {
                    if (!over[0] && "file".equals(part.name())) {
                      file.appendBuffer(chunk);
                    }
                  }));
    }
    req.handler(
        chunk -> {
          received[0] += chunk.length();
          if (received[0] > limit) {
            over[0] = true;
            if (received[0] > (long) limit * DRAIN_FACTOR) {
              req.connection().close();
            }
          } else if (!multipart) {
            body.appendBuffer(chunk);
          }
        });
    req.exceptionHandler(e -> {});
    req.endHandler(
        v -> {
          if (over[0]) {
            ctx.fail(ApiError.tooLarge(limit));
            return;
          }
          ctx.put(BODY, body);
          if (multipart) {
            ctx.put(UPLOAD, file);
          }
          ctx.next();
        });
    req.resume();
  }
}
