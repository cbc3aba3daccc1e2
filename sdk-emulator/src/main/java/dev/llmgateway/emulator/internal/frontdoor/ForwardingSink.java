package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.Governance;
import dev.llmgateway.emulator.internal.serving.HttpResponseSink;
import dev.llmgateway.emulator.internal.serving.ResponseSink;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.jspecify.annotations.Nullable;

/**
 * The response path from a model server back to the client through the governance layer: a complete
 * response passes {@link Governance#onResponse} first (which may replace it with a fault); a stream
 * goes through as it comes and ends with {@link Governance#onStreamEnd}. A reset before any byte is
 * Envoy's 503; after the headers, the client's connection closes.
 */
final class ForwardingSink implements ResponseSink {
  private final HttpServerRequest request;
  private final HttpServerResponse response;
  private final Context context;
  private final Exchange exchange;
  private final Governance governance;

  ForwardingSink(
      HttpServerRequest request, Context context, Exchange exchange, Governance governance) {
    this.request = request;
    this.response = request.response();
    this.context = context;
    this.exchange = exchange;
    this.governance = governance;
  }

  @Override
  public void complete(int status, String contentType, Buffer body) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("content-type", contentType);
    String id = exchange.requestId();
    governance
        .onResponse(exchange, status, headers, body)
        .onComplete(
            ar ->
                onContext(
                    () -> {
                      if (ar.failed()) {
                        Replies.send(response, id, 500, Replies.TEXT, Replies.INTERNAL);
                        return;
                      }
                      @Nullable Fault fault = ar.result();
                      if (fault != null) {
                        Replies.fault(response, id, fault);
                      } else if (!response.ended() && !response.closed()) {
                        response.setStatusCode(status).headers().addAll(headers);
                        response.putHeader(Replies.REQUEST_ID, id).end(body);
                      }
                    }));
  }

  @Override
  public void startStream() {
    response
        .setStatusCode(200)
        .putHeader("content-type", HttpResponseSink.EVENT_STREAM)
        .putHeader(Replies.REQUEST_ID, exchange.requestId())
        .setChunked(true);
    response.writeHead();
  }

  @Override
  public void write(Buffer events) {
    if (!response.closed()) {
      response.write(events);
    }
  }

  @Override
  public void whenWritable(Runnable task) {
    if (response.writeQueueFull() && !response.closed()) {
      response.drainHandler(v -> task.run());
    } else {
      task.run();
    }
  }

  @Override
  public void endStream(@Nullable Buffer usage) {
    if (!response.closed()) {
      response.end();
    }
    governance.onStreamEnd(exchange, usage);
  }

  @Override
  public void reset() {
    if (response.headWritten()) {
      request.connection().close();
    } else {
      Replies.send(response, exchange.requestId(), 503, Replies.TEXT, Replies.UPSTREAM_RESET);
    }
  }

  @Override
  public void onClientGone(Runnable task) {
    response.closeHandler(v -> task.run());
  }

  private void onContext(Runnable task) {
    if (Vertx.currentContext() == context) {
      task.run();
    } else {
      context.runOnContext(v -> task.run());
    }
  }
}
