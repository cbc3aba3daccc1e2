package dev.llmgateway.admin.apigee.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a quota or rate limit of the management API was exceeded after all retries: {@code
 * RESOURCE_EXHAUSTED} (HTTP 429).
 */
public final class ApigeeResourceExhaustedException extends ApigeeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message; must not contain secrets
   * @param statusCode the HTTP status code
   * @param status the {@code google.rpc.Code} name, or an empty string
   * @param serverMessage the server's message, or an empty string
   * @param details the {@code error.details} entries
   * @param cause the cause, or null
   */
  public ApigeeResourceExhaustedException(
      String message,
      int statusCode,
      String status,
      String serverMessage,
      List<Map<String, Object>> details,
      @Nullable Throwable cause) {
    super(message, statusCode, status, serverMessage, details, cause);
  }
}
