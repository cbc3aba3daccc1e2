package dev.llmgateway.admin.stack;

import org.jspecify.annotations.Nullable;

/**
 * An operation of {@link InferenceGatewayStack} failed: discovery found nothing or too much, a step
 * failed, or the smoke test did not get the answers it expects. The message says what and what to
 * do; it never contains a key or token. The hierarchy is sealed: catch by type, but do not
 * subclass.
 */
public sealed class StackException extends RuntimeException
    permits DiscoveryException, SmokeTestException, StackStepException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed and what to do
   * @param cause the underlying error, or null
   */
  StackException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
