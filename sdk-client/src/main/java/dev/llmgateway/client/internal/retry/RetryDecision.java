package dev.llmgateway.client.internal.retry;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The outcome of planning a retry: retry after {@link #wait}, or stop and say why. */
final class RetryDecision {
  private final @Nullable Duration wait;
  private final String reason;

  private RetryDecision(@Nullable Duration wait, String reason) {
    this.wait = wait;
    this.reason = reason;
  }

  static RetryDecision retryAfter(Duration wait, String reason) {
    return new RetryDecision(wait, reason);
  }

  static RetryDecision stop(String reason) {
    return new RetryDecision(null, reason);
  }

  /**
   * Returns whether to retry.
   *
   * @return true to retry
   */
  public boolean retry() {
    return wait != null;
  }

  /**
   * Returns the wait before the retry.
   *
   * @return the wait
   * @throws IllegalStateException if the decision is to stop
   */
  public Duration waitTime() {
    if (wait == null) {
      throw new IllegalStateException("not retried: " + reason);
    }
    return wait;
  }

  /**
   * Returns why.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return wait == null ? "stop (" + reason + ")" : "retry after " + wait + " (" + reason + ")";
  }
}
