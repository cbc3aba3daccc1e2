package dev.llmgateway.client.internal.retry;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One client's retry decisions, as the {@link Retrier} feeds them to Failsafe: which outcomes of an
 * attempt are retried (the client's declarative table: {@link RetryTable} for the gateway client,
 * {@code RetryRules} for the Apigee client), when to give up on one at once, and how long to wait
 * before the next attempt. An attempt ends with a result or a failure, never both.
 *
 * @param <R> the result of an attempt
 */
public interface RetryPlan<R> {

  /**
   * Tells whether an attempt that ended so is retried, retries and deadline permitting.
   *
   * @param result the attempt's result, or null if it failed
   * @param failure the attempt's failure, or null if it returned a result
   * @return whether to retry
   */
  boolean retryable(@Nullable R result, @Nullable Throwable failure);

  /**
   * Tells whether to give up on a retryable outcome at once, for example because the wait it asks
   * for is longer than the client accepts. The default never gives up.
   *
   * @param result the attempt's result, or null if it failed
   * @param failure the attempt's failure, or null if it returned a result
   * @return whether to stop retrying
   */
  default boolean givesUp(@Nullable R result, @Nullable Throwable failure) {
    return false;
  }

  /**
   * Returns the wait before the next attempt after a retryable outcome.
   *
   * @param result the attempt's result, or null if it failed
   * @param failure the attempt's failure, or null if it returned a result
   * @param retriesDone retries already made in this call (0 before the first retry)
   * @return the wait, not negative
   */
  Duration waitBefore(@Nullable R result, @Nullable Throwable failure, int retriesDone);
}
