package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.routing.EppError;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;

/**
 * The answers the front door writes itself, each with the call's {@code x-request-id}: faults of
 * the governance layer, the Endpoint Picker's plain text, and the load balancer's own (no route,
 * body too large, a failed upstream).
 */
final class Replies {
  static final String REQUEST_ID = "x-request-id";
  static final String TEXT = "text/plain";

  /** No HTTPRoute matches (the body of Google Cloud load balancers' default 404). */
  static final Buffer NO_ROUTE =
      Buffer.buffer("response 404 (backend NotFound), service rules for the path non-existent");

  /** The body is over the front door's limit. */
  static final Buffer TOO_LARGE = Buffer.buffer("Payload Too Large");

  /** The model server closed the connection before answering (Envoy's words). */
  static final Buffer UPSTREAM_RESET =
      Buffer.buffer(
          "upstream connect error or disconnect/reset before headers. reset reason: connection"
              + " termination");

  /** Something inside the emulator failed; the call gets a 500 instead of hanging. */
  static final Buffer INTERNAL = Buffer.buffer("internal error");

  private Replies() {}

  static void send(
      HttpServerResponse response, String requestId, int status, String type, Buffer body) {
    if (response.ended() || response.closed() || response.headWritten()) {
      return;
    }
    response
        .setStatusCode(status)
        .putHeader("content-type", type)
        .putHeader(REQUEST_ID, requestId)
        .end(body);
  }

  static void epp(HttpServerResponse response, String requestId, EppError error) {
    send(response, requestId, error.status(), EppError.CONTENT_TYPE, Buffer.buffer(error.body()));
  }

  /** Whether a reason phrase can go on the status line (RFC 9112: tab, space, visible ASCII). */
  private static boolean isToken(String reason) {
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        return false;
      }
    }
    return true;
  }

  static void fault(HttpServerResponse response, String requestId, Fault fault) {
    if (response.ended() || response.closed() || response.headWritten()) {
      return;
    }
    response.setStatusCode(fault.status());
    String reason = fault.reasonPhrase();
    if (reason != null && isToken(reason)) {
      response.setStatusMessage(reason);
    }
    for (Map.Entry<String, String> h : fault.headers().entrySet()) {
      response.putHeader(h.getKey(), h.getValue());
    }
    response.putHeader(REQUEST_ID, requestId).end(Buffer.buffer(fault.body()));
  }
}
