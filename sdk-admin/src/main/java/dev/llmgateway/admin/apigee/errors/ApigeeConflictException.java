package dev.llmgateway.admin.apigee.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the resource already exists or changed concurrently: {@code ALREADY_EXISTS} or {@code
 * ABORTED} (HTTP 409).
 */
public final class ApigeeConflictException extends ApigeeException {

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
  public ApigeeConflictException(
      String message,
      int statusCode,
      String status,
      String serverMessage,
      List<Map<String, Object>> details,
      @Nullable Throwable cause) {
    super(message, statusCode, status, serverMessage, details, cause);
  }
}
