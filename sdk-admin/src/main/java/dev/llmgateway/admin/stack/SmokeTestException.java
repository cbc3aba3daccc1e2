package dev.llmgateway.admin.stack;

import org.jspecify.annotations.Nullable;

/**
 * The smoke test did not see what the guide's curl checks see: a call without a key was not refused
 * by Apigee, or a call with the app's key got no answer before the wait ran out.
 */
public final class SmokeTestException extends StackException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was expected and what came instead
   * @param cause the last error, or null
   */
  public SmokeTestException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
