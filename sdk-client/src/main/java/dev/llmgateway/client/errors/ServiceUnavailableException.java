package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/** Thrown when the gateway has no backend to serve the call (Endpoint Picker 503, HTTP 502/503). */
public final class ServiceUnavailableException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param cause the underlying cause, or null
   */
  public ServiceUnavailableException(
      String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
