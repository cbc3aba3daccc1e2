package dev.llmgateway.admin.apigee.errors;

import java.util.List;

/** Thrown when no HTTP response was received (connection refused, reset, timeout) after retries. */
public final class ApigeeTransportException extends ApigeeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message; must not contain secrets
   * @param cause the I/O failure
   */
  public ApigeeTransportException(String message, Throwable cause) {
    super(message, 0, "", "", List.of(), cause);
  }
}
