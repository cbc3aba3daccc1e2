package dev.llmgateway.emulator.internal.routing;

/**
 * An answer of the Endpoint Picker (v1.0.x) instead of a model server's: plain text {@code
 * inference gateway: <Code> - <message>}, {@code Content-Type: text/plain}, no {@code Retry-After}.
 *
 * @param status the HTTP status
 * @param body the body, byte for byte
 */
public record EppError(int status, String body) {
  /** The {@code Content-Type} of every Endpoint Picker answer. */
  public static final String CONTENT_TYPE = "text/plain";

  /** Bad JSON, or no {@code model} in the body. */
  public static final EppError MODEL_NOT_FOUND =
      new EppError(400, "inference gateway: BadRequest - model not found in request body");

  /** A sheddable request (priority below zero) while the pool is saturated. */
  public static final EppError SHED =
      new EppError(
          429,
          "inference gateway: InferencePoolResourceExhausted - system saturated, sheddable request"
              + " dropped");

  /** A pool with no endpoints. */
  public static final EppError NO_CANDIDATES =
      new EppError(
          503,
          "inference gateway: ServiceUnavailable - failed to find candidate pods for serving the"
              + " request");

  /**
   * Returns a {@code BadRequest} answer about the prompt, as the Endpoint Picker extracts it.
   *
   * @param message the message, such as {@code prompt not found in request}
   * @return the answer
   */
  public static EppError badRequest(String message) {
    return new EppError(400, "inference gateway: BadRequest - " + message);
  }
}
