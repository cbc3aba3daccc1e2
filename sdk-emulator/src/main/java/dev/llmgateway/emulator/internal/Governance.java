package dev.llmgateway.emulator.internal;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The Apigee runtime as the front door calls it, once per call, on the event loop. What runs is
 * decided by what was applied: nothing without an ApigeeBackendService and a GCPTrafficExtension on
 * the Gateway; the operator's default security before an API product exists; key, product and quota
 * checks; the deployed proxy's PreFlow request and response steps.
 */
public interface Governance {

  /**
   * Runs the request flow.
   *
   * @param exchange the call
   * @return a future with the fault to answer instead, or null to route the call on
   */
  Future<@Nullable Fault> onRequest(Exchange exchange);

  /**
   * Runs the response flow on a complete (non-streamed) response before it is sent: extract
   * variables from the JSON body, count tokens, assign or raise.
   *
   * @param exchange the call
   * @param status the model server's status
   * @param headers the response headers; the flow may change them
   * @param body the response body
   * @return a future with the fault to answer instead, or null to send the response
   */
  Future<@Nullable Fault> onResponse(Exchange exchange, int status, MultiMap headers, Buffer body);

  /**
   * Runs what can still run at the end of a streamed response, whose headers have been sent: the
   * token counting of the response flow, from the stream's final usage chunk when it had one.
   *
   * @param exchange the call
   * @param usage the {@code usage} object of the stream as JSON, or null when it carried none
   */
  void onStreamEnd(Exchange exchange, @Nullable Buffer usage);
}
