package dev.llmgateway.emulator.internal.serving;

import org.jspecify.annotations.Nullable;

/**
 * A request the model server refuses, as vLLM (0.10.1 and later) reports it: HTTP status and the
 * {@code {"error":{"message","type","param","code"}}} fields. Thrown inside the serving package to
 * leave request validation early; it carries no stack trace.
 */
public final class ServingError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final @Nullable String param;

  /**
   * Creates the error.
   *
   * @param status the HTTP status, also the {@code code} field
   * @param type vLLM's error type, such as {@code BadRequestError}
   * @param param the offending parameter, or null
   * @param message the message
   */
  public ServingError(int status, String type, @Nullable String param, String message) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.param = param;
  }

  /**
   * Returns a 400 {@code BadRequestError}.
   *
   * @param param the offending parameter, or null
   * @param message the message
   * @return the error
   */
  public static ServingError badRequest(@Nullable String param, String message) {
    return new ServingError(400, "BadRequestError", param, message);
  }

  /**
   * Returns vLLM's 404 for a model it does not serve.
   *
   * @param model the requested model
   * @return the error
   */
  public static ServingError unknownModel(String model) {
    return new ServingError(
        404, "NotFoundError", "model", "The model `" + model + "` does not exist.");
  }

  /** Returns the HTTP status. */
  public int status() {
    return status;
  }

  /** Returns vLLM's error type. */
  public String type() {
    return type;
  }

  /** Returns the offending parameter, or null. */
  public @Nullable String param() {
    return param;
  }
}
