package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a rate limit rejected the call: Apigee SpikeArrest or PromptTokenLimit, or Endpoint
 * Picker load shedding (HTTP 429, {@code InferencePoolResourceExhausted}).
 */
public final class RateLimitedException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param cause the underlying cause, or null
   */
  public RateLimitedException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
