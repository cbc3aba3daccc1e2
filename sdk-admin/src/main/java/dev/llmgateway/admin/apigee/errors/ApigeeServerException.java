package dev.llmgateway.admin.apigee.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the server failed after all retries: {@code INTERNAL}, {@code UNAVAILABLE}, {@code
 * DEADLINE_EXCEEDED} or another 5xx.
 */
public final class ApigeeServerException extends ApigeeException {

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
  public ApigeeServerException(
      String message,
      int statusCode,
      String status,
      String serverMessage,
      List<Map<String, Object>> details,
      @Nullable Throwable cause) {
    super(message, statusCode, status, serverMessage, details, cause);
  }
}
