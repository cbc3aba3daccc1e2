package dev.llmgateway.emulator.internal.apigee.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error of the management API, rendered as a {@code google.rpc.Status} envelope: {@code
 * {"error":{"code","message","status","details"}}}. Messages never contain consumer keys or
 * secrets.
 */
public final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The {@code @type} of a bad-request detail with field violations. */
  public static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

  /** The {@code @type} Apigee uses for the violations of a rejected proxy bundle. */
  public static final String BAD_BUNDLE = "type.googleapis.com/edge.configstore.bundle.BadBundle";

  private final int statusCode;
  private final String status;
  private final transient List<Map<String, Object>> details;

  private ApiError(int statusCode, String status, String message, List<Map<String, Object>> d) {
    super(message, null, false, false);
    this.statusCode = statusCode;
    this.status = status;
    this.details = List.copyOf(d);
  }

  /**
   * Returns a 400 INVALID_ARGUMENT error with one field violation.
   *
   * @param field the offending field
   * @param message what is wrong
   * @return the error
   */
  public static ApiError invalidField(String field, String message) {
    Map<String, Object> violation = new LinkedHashMap<>();
    violation.put("field", field);
    violation.put("description", message);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("@type", BAD_REQUEST);
    detail.put("fieldViolations", List.of(violation));
    return new ApiError(400, "INVALID_ARGUMENT", message, List.of(detail));
  }

  /**
   * Returns a 400 INVALID_ARGUMENT error without details.
   *
   * @param message what is wrong
   * @return the error
   */
  public static ApiError invalid(String message) {
    return new ApiError(400, "INVALID_ARGUMENT", message, List.of());
  }

  /**
   * Returns a 400 INVALID_ARGUMENT error listing the violations of a proxy bundle, each with the
   * {@code filename} it concerns, as Apigee reports bad bundles.
   *
   * @param violations filename and description pairs
   * @return the error
   */
  public static ApiError badBundle(List<Map<String, Object>> violations) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("@type", BAD_BUNDLE);
    detail.put("violations", violations);
    StringBuilder m = new StringBuilder("bundle contains errors:");
    for (Map<String, Object> v : violations) {
      m.append(' ').append(v.get("filename")).append(": ").append(v.get("description")).append(';');
    }
    m.setLength(m.length() - 1);
    return new ApiError(400, "INVALID_ARGUMENT", m.toString(), List.of(detail));
  }

  /**
   * Returns a 404 NOT_FOUND error.
   *
   * @param message what was not found
   * @return the error
   */
  public static ApiError notFound(String message) {
    return new ApiError(404, "NOT_FOUND", message, List.of());
  }

  /**
   * Returns a 409 ALREADY_EXISTS error.
   *
   * @param message what exists already
   * @return the error
   */
  public static ApiError alreadyExists(String message) {
    return new ApiError(409, "ALREADY_EXISTS", message, List.of());
  }

  /**
   * Returns a 400 FAILED_PRECONDITION error (the resource is not in a state that allows the call).
   *
   * @param message what must change first
   * @return the error
   */
  public static ApiError failedPrecondition(String message) {
    return new ApiError(400, "FAILED_PRECONDITION", message, List.of());
  }

  /**
   * Returns a 403 PERMISSION_DENIED error, what Google APIs answer for an organization that does
   * not exist or is not accessible.
   *
   * @param message the message
   * @return the error
   */
  public static ApiError permissionDenied(String message) {
    return new ApiError(403, "PERMISSION_DENIED", message, List.of());
  }

  /**
   * Returns a 413 error for a request body over the limit; its status is INVALID_ARGUMENT since
   * {@code google.rpc.Code} has no code of its own for it.
   *
   * @param limit the limit in bytes
   * @return the error
   */
  public static ApiError tooLarge(long limit) {
    return new ApiError(
        413,
        "INVALID_ARGUMENT",
        "request body exceeds the emulator's limit of " + limit + " bytes",
        List.of());
  }

  /**
   * Returns a 501 UNIMPLEMENTED error for a method of the API the emulator does not serve.
   *
   * @param message the message
   * @return the error
   */
  public static ApiError unimplemented(String message) {
    return new ApiError(501, "UNIMPLEMENTED", message, List.of());
  }

  /**
   * Returns a 500 INTERNAL error; its message reveals nothing of the emulator's internals.
   *
   * @return the error
   */
  public static ApiError internal() {
    return new ApiError(500, "INTERNAL", "internal error in the emulator", List.of());
  }

  /**
   * Returns the HTTP status.
   *
   * @return the HTTP status
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the {@code google.rpc.Code} name, e.g. {@code NOT_FOUND}.
   *
   * @return the status name
   */
  public String status() {
    return status;
  }

  /**
   * Returns the details of the envelope.
   *
   * @return the details, possibly empty
   */
  public List<Map<String, Object>> details() {
    return details;
  }
}
