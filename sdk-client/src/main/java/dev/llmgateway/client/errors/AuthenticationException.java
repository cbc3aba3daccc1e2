package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the API key or bearer credential is missing, unknown, revoked or expired (HTTP
 * 401/403 and every Apigee key fault). Never retried.
 */
public final class AuthenticationException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param cause the underlying cause, or null
   */
  public AuthenticationException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
