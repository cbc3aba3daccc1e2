package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the HTTP exchange failed at the I/O level: connection refused or reset, DNS failure,
 * interrupted call.
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
