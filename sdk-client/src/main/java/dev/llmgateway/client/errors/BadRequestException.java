package dev.llmgateway.client.errors;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the request was rejected as invalid (HTTP 400, 409, 413, 415, 422 and other 4xx),
 * including a prompt longer than the model's context. Never retried.
 */
public final class BadRequestException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /** The offending request parameter, or null. */
  private final @Nullable String param;

  /** Whether the context length was exceeded. */
  private final boolean contextLengthExceeded;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param param the offending request parameter named by the server, or null
   * @param contextLengthExceeded whether the prompt plus max tokens exceeds the model's context
   */
  public BadRequestException(
      String message, ErrorContext context, @Nullable String param, boolean contextLengthExceeded) {
    super(message, context, null);
    this.param = param;
    this.contextLengthExceeded = contextLengthExceeded;
  }

  /**
   * Returns the request parameter the server named as invalid, if any.
   *
   * @return the parameter
   */
  public Optional<String> param() {
    return Optional.ofNullable(param);
  }

  /**
   * Returns whether the prompt (plus the requested max tokens) exceeds the model's context length.
   *
   * @return true for context-length errors
   */
  public boolean contextLengthExceeded() {
    return contextLengthExceeded;
  }
}
