package dev.llmgateway.client.internal.retry;

import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One logical call as the {@link Retrier} runs it: its attempts, and what the call does when it is
 * retried, fails, or is interrupted while waiting. Each client implements it with its per-call
 * object.
 *
 * @param <R> the result of an attempt
 */
public interface RetryCall<R> {

  /**
   * Runs one attempt.
   *
   * @param number the attempt number, starting at 1; every request sent counts
   * @return the attempt's result
   * @throws IOException if the attempt failed with an I/O error the plan classifies
   * @throws RuntimeException if the attempt failed otherwise
   */
  R attempt(int number) throws IOException;

  /**
   * Told before the wait for a retry.
   *
   * @param failedAttempt the number of the attempt that is retried
   * @param wait the wait before the next attempt
   * @param result the attempt's result, or null if it failed
   * @param failure the attempt's failure, or null if it returned a result
   */
  void retrying(int failedAttempt, Duration wait, @Nullable R result, @Nullable Throwable failure);

  /**
   * Returns the exception that ends the call after a failure that is not retried.
   *
   * @param failure the failure of the last attempt
   * @param attempts the attempts made
   * @return the exception to throw
   */
  RuntimeException failed(Throwable failure, int attempts);

  /**
   * Returns the exception that ends the call when the wait for a retry was interrupted; the
   * interrupt flag is restored before this is called.
   *
   * @param interrupt the interrupt
   * @param failure the failure being retried, or null if a result was
   * @return the exception to throw
   */
  RuntimeException interrupted(InterruptedException interrupt, @Nullable Throwable failure);
}
