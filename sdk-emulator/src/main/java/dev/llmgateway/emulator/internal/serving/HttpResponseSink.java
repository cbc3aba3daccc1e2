package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.jspecify.annotations.Nullable;

/** A {@link ResponseSink} that writes straight to a Vert.x HTTP response. */
public final class HttpResponseSink implements ResponseSink {
  /** The {@code Content-Type} of vLLM's streams (Starlette adds the charset). */
  public static final String EVENT_STREAM = "text/event-stream; charset=utf-8";

  private final HttpServerRequest request;
  private final HttpServerResponse response;

  /**
   * Creates a sink for a request's response.
   *
   * @param request the request
   */
  public HttpResponseSink(HttpServerRequest request) {
    this.request = request;
    this.response = request.response();
  }

  @Override
  public void complete(int status, String contentType, Buffer body) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status).putHeader("content-type", contentType).end(body);
  }

  @Override
  public void startStream() {
    response.setStatusCode(200).putHeader("content-type", EVENT_STREAM).setChunked(true);
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
  }

  @Override
  public void reset() {
    request.connection().close();
  }

  @Override
  public void onClientGone(Runnable task) {
    response.closeHandler(v -> task.run());
  }
}
