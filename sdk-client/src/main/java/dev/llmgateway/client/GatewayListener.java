package dev.llmgateway.client;

import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.errors.GatewayException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Receives events about calls, for metrics and tracing. Every method has an empty default, so
 * implement only what you need. Methods are called on the thread doing the call; keep them fast and
 * thread-safe. An exception thrown by a listener is logged and otherwise ignored.
 */
public interface GatewayListener {

  /**
   * Called before each attempt is sent.
   *
   * @param call the call
   * @param attempt the attempt number, starting at 1
   */
  default void onRequest(CallInfo call, int attempt) {}

  /**
   * Called when an attempt received response headers.
   *
   * @param call the call
   * @param attempt the attempt number, starting at 1
   * @param statusCode the HTTP status
   * @param elapsed the time since the attempt was sent
   */
  default void onResponse(CallInfo call, int attempt, int statusCode, Duration elapsed) {}

  /**
   * Called when a failed attempt will be retried, before waiting.
   *
   * @param call the call
   * @param failedAttempt the attempt that failed, starting at 1
   * @param wait how long the client waits before the next attempt
   * @param cause why the attempt failed
   */
  default void onRetry(CallInfo call, int failedAttempt, Duration wait, GatewayException cause) {}

  /**
   * Called when a stream delivers its first generated text.
   *
   * @param call the call
   * @param timeToFirstToken the time since the call started
   */
  default void onFirstToken(CallInfo call, Duration timeToFirstToken) {}

  /**
   * Called when a stream ended normally.
   *
   * @param call the call
   * @param chunks the number of chunks delivered
   * @param usage the token usage reported by the server, or null when it sent none
   */
  default void onStreamEnd(CallInfo call, long chunks, @Nullable Usage usage) {}

  /**
   * Called when a call finally failed (after any retries), or a stream failed.
   *
   * @param call the call
   * @param error the error thrown to the caller
   */
  default void onError(CallInfo call, GatewayException error) {}
}
