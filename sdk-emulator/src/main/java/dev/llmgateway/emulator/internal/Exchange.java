package dev.llmgateway.emulator.internal;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.Map;

/**
 * One call through the front door as the governance layer sees it: the request as received, the
 * flow variables policies set and read (for example {@code client_id}, {@code total_token_count}),
 * and the route it matched. Created by the front door; touched by one call at a time on the event
 * loop, so not thread-safe.
 */
public final class Exchange {
  private final String method;
  private final String path;
  private final MultiMap requestHeaders;
  private final Buffer requestBody;
  private final String requestId;
  private final Map<String, Object> variables = new HashMap<>();

  /**
   * Creates the exchange.
   *
   * @param method the HTTP method
   * @param path the request path without the query
   * @param requestHeaders the request headers; governance may add or change headers here before the
   *     call is routed (AssignMessage)
   * @param requestBody the request body
   * @param requestId the {@code x-request-id} of the call
   */
  public Exchange(
      String method, String path, MultiMap requestHeaders, Buffer requestBody, String requestId) {
    this.method = method;
    this.path = path;
    this.requestHeaders = requestHeaders;
    this.requestBody = requestBody;
    this.requestId = requestId;
  }

  /** Returns the HTTP method. */
  public String method() {
    return method;
  }

  /** Returns the request path, without the query. */
  public String path() {
    return path;
  }

  /** Returns the request headers, which governance may change before routing. */
  public MultiMap requestHeaders() {
    return requestHeaders;
  }

  /** Returns the request body. */
  public Buffer requestBody() {
    return requestBody;
  }

  /** Returns the call's {@code x-request-id}. */
  public String requestId() {
    return requestId;
  }

  /** Returns the flow variables, by name. */
  public Map<String, Object> variables() {
    return variables;
  }
}
