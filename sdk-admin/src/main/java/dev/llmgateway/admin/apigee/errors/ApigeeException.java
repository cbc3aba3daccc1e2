package dev.llmgateway.admin.apigee.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Root of the unchecked exceptions of the Apigee client.
 *
 * <p>Carries the HTTP status code ({@link #statusCode()}, 0 when no response was received), the
 * {@code google.rpc.Code} name ({@link #status()}, e.g. {@code NOT_FOUND}), the server's message,
 * the raw {@code details} and the {@link Violation}s found in them. The hierarchy is sealed: catch
 * by type, but do not subclass.
 */
public sealed class ApigeeException extends RuntimeException
    permits ApigeeConflictException,
        ApigeeDeploymentException,
        ApigeeFailedPreconditionException,
        ApigeeInvalidArgumentException,
        ApigeeNotFoundException,
        ApigeePermissionDeniedException,
        ApigeeRedirectException,
        ApigeeResourceExhaustedException,
        ApigeeServerException,
        ApigeeTimeoutException,
        ApigeeTransportException,
        ApigeeUnauthenticatedException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status code, 0 without a response. */
  private final int statusCode;

  /** The {@code google.rpc.Code} name, or empty. */
  private final String status;

  /** The server's message, or empty. */
  private final String serverMessage;

  private final transient List<Map<String, Object>> details;
  private final transient List<Violation> violations;

  /**
   * Creates an exception.
   *
   * @param message the message; must not contain secrets
   * @param statusCode the HTTP status code, or 0 when there was no response
   * @param status the {@code google.rpc.Code} name, or an empty string when unknown
   * @param serverMessage the server's {@code error.message}, or an empty string
   * @param details the {@code error.details} entries as plain maps
   * @param cause the cause, or null
   */
  public ApigeeException(
      String message,
      int statusCode,
      String status,
      String serverMessage,
      List<Map<String, Object>> details,
      @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.status = status;
    this.serverMessage = serverMessage;
    List<Map<String, Object>> copy = new ArrayList<>();
    for (Map<String, Object> d : details) {
      copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(d)));
    }
    this.details = Collections.unmodifiableList(copy);
    this.violations = Violation.fromDetails(this.details);
  }

  /**
   * Returns the HTTP status code, which is also the envelope's {@code error.code}.
   *
   * @return the status code, or 0 when no response was received
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the {@code google.rpc.Code} name from {@code error.status}, e.g. {@code NOT_FOUND}.
   *
   * @return the status name, or an empty string when the response had none
   */
  public String status() {
    return status;
  }

  /**
   * Returns the server's {@code error.message}.
   *
   * @return the server's message, or an empty string
   */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * Returns the {@code error.details} entries, each a JSON object as a map (with its
   * {@code @type}).
   *
   * @return the details, possibly empty
   */
  public List<Map<String, Object>> details() {
    return details;
  }

  /**
   * Returns the violations listed in the details ({@code violations} of PreconditionFailure,
   * QuotaFailure or a bad bundle, and {@code fieldViolations} of BadRequest).
   *
   * @return the violations, possibly empty
   */
  public List<Violation> violations() {
    return violations;
  }
}
