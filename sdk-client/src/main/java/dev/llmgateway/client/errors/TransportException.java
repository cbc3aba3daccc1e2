package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the HTTP exchange failed at the I/O level: connection refused, connect timeout or DNS
 * failure (the request was not sent, and is retried), a connection reset or cut after the request
 * may have reached the server (not retried: the server may be generating), an interrupted or
 * cancelled call. The message says which.
 */
public final class TransportException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param cause the underlying cause, or null
   */
  public TransportException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
