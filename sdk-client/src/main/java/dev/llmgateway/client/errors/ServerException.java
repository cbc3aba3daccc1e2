package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the gateway or model server failed with an error not covered by a more specific type
 * (HTTP 5xx), answered with a body the client cannot read or that is not the result asked for, or
 * answered with a redirect (3xx, {@link #statusCode()} tells which): the client never follows
 * redirects, so that the request and its credentials never leave the configured origin; a redirect
 * means the base URL needs fixing, and is never retried.
 */
public final class ServerException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param cause the underlying cause, or null
   */
  public ServerException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
