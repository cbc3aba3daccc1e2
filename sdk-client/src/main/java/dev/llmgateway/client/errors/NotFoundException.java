package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/** Thrown when the model, LoRA adapter or path does not exist (HTTP 404). */
public final class NotFoundException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param cause the underlying cause, or null
   */
  public NotFoundException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(message, context, cause);
  }
}
