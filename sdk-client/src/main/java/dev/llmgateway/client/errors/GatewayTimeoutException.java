package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the gateway or the client timed out waiting for the model server (HTTP 504, Apigee
 * {@code GatewayTimeout}, the client's read, attempt, total or stream-headers timeout). A 504 from
 * the gateway is retried; a client-side timeout is not, since the server may still be generating. A
 * connect timeout is a {@link TransportException} instead: nothing was sent, so it is retried.
 */
public final class GatewayTimeoutException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param cause the underlying cause, or null
   */
  public GatewayTimeoutException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
