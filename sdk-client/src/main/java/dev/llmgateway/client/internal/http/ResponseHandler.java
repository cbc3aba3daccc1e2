package dev.llmgateway.client.internal.http;

import okhttp3.Call;
import okhttp3.Response;

/**
 * The last step of an attempt: turns a 2xx response into the call's result, reading a body ({@link
 * BodyHandler}) or opening a stream ({@code StreamOpener}). Error responses never reach it. One
 * instance serves every call of an endpoint, so it holds no per-call state.
 *
 * @param <T> the result
 */
public interface ResponseHandler<T> {

  /**
   * Returns whether calls with this handler stream their response: they are sent with {@code
   * Accept: text/event-stream}, bounded by the headers and idle timeouts instead of the call
   * timeout.
   *
   * @return true for streams
   */
  boolean streaming();

  /**
   * Turns a 2xx response into the result; owns the response from here on.
   *
   * @param call the logical call, for its request id, attempt and classifier
   * @param http the HTTP call of this attempt
   * @param response the 2xx response
   * @return the result
   * @throws dev.llmgateway.client.errors.GatewayException if the response is not the result
   */
  T handle(GatewayCall<T> call, Call http, Response response);
}
