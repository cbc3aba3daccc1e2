package dev.llmgateway.client.internal.retry;

import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs the attempts of one call. Failsafe's {@link RetryPolicy} counts attempts and holds the delay
 * for each retry (built once per {@link RetrySettings} and cached); we drive it through its
 * standalone {@link Execution} API so that waiting goes through the injected {@link Sleeper} and
 * the deadline through the injected {@link Clock}, which keeps retry tests instant. Which failures
 * are retried and how long to wait comes from {@link RetryTable} and {@link RetryWaits}. This class
 * is thread-safe.
 */
public final class Retrier {
  private static final int MAX_CACHED_POLICIES = 64;

  /** One attempt of a call. */
  @FunctionalInterface
  public interface Attempt<T> {
    /**
     * Runs the attempt.
     *
     * @param attempt the attempt number, starting at 1
     * @return the result
     * @throws GatewayException when the attempt failed
     */
    T run(int attempt);
  }

  /** Told about each retry before the wait. */
  @FunctionalInterface
  public interface RetryObserver {
    /**
     * Called before waiting for a retry.
     *
     * @param failedAttempt the attempt that failed
     * @param wait the wait
     * @param cause the failure
     * @param reason why it is retried
     */
    void onRetry(int failedAttempt, Duration wait, GatewayException cause, String reason);
  }

  /** Carries a retryable failure and its computed wait into Failsafe. */
  private static final class RetryableFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Duration wait;

    RetryableFailure(Duration wait) {
      super(null, null, false, false);
      this.wait = wait;
    }
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final RetryWaits waits;
  private final ConcurrentMap<RetrySettings, RetryPolicy<Object>> policies =
      new ConcurrentHashMap<>();

  /**
   * Creates a retrier.
   *
   * @param clock the clock for deadlines
   * @param sleeper waits between attempts
   * @param waits decides and computes waits
   */
  public Retrier(Clock clock, Sleeper sleeper, RetryWaits waits) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.waits = waits;
  }

  /**
   * Runs attempts until one succeeds, a failure is not retryable, retries are used up, or the
   * deadline would pass during the wait.
   *
   * @param settings the retry settings
   * @param attempt the attempt
   * @param observer told about retries
   * @param <T> the result type
   * @return the result of the successful attempt
   * @throws GatewayException the failure of the last attempt
   */
  public <T> T run(RetrySettings settings, Attempt<T> attempt, RetryObserver observer) {
    @Nullable Instant deadline =
        settings.totalTimeout().map(t -> clock.instant().plus(t)).orElse(null);
    Execution<Object> execution = null;
    int number = 1;
    while (true) {
      try {
        return attempt.run(number);
      } catch (GatewayException e) {
        if (settings.maxRetries() == 0) {
          throw e;
        }
        RetryDecision decision = waits.decide(e, number - 1, settings);
        if (!decision.retry()) {
          throw e;
        }
        if (execution == null) {
          execution = Execution.of(policy(settings));
        }
        execution.recordException(new RetryableFailure(decision.waitTime()));
        if (execution.isComplete()) {
          throw e; // retries used up
        }
        Duration wait = execution.getDelay();
        if (deadline != null && clock.instant().plus(wait).isAfter(deadline)) {
          throw e;
        }
        observer.onRetry(number, wait, e, decision.reason());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new TransportException(
              "The call was interrupted while waiting to retry; it was not completed.",
              e.context().toBuilder().source(ErrorSource.CLIENT).build(),
              ie);
        }
        number++;
      }
    }
  }

  private RetryPolicy<Object> policy(RetrySettings settings) {
    RetryPolicy<Object> cached = policies.get(settings);
    if (cached != null) {
      return cached;
    }
    if (policies.size() >= MAX_CACHED_POLICIES) {
      policies.clear();
    }
    return policies.computeIfAbsent(
        settings,
        s ->
            RetryPolicy.builder()
                .handle(RetryableFailure.class)
                .withMaxRetries(s.maxRetries())
                .withDelayFn(ctx -> ((RetryableFailure) ctx.getLastException()).wait)
                .build());
  }
}
