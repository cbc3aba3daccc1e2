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

  /** The retry state of one logical call: attempts made, the Failsafe execution, the deadline. */
  public final class CallRetries {
    private final RetrySettings settings;
    private final @Nullable Instant deadline;
    private @Nullable Execution<Object> execution;

    private CallRetries(RetrySettings settings) {
      this.settings = settings;
      this.deadline = settings.totalTimeout().map(t -> clock.instant().plus(t)).orElse(null);
    }

    /**
     * Decides about a failed attempt and, if it is retried, tells the observer.
     *
     * @param e the failure
     * @param attempt the number of the failed attempt, starting at 1
     * @param observer told about the retry
     * @return the wait before the next attempt, or null to give up and throw {@code e}
     */
    public @Nullable Duration next(GatewayException e, int attempt, RetryObserver observer) {
      if (settings.maxRetries() == 0) {
        return null;
      }
      RetryDecision decision = waits.decide(e, attempt - 1, settings);
      if (!decision.retry()) {
        return null;
      }
      Execution<Object> ex = execution;
      if (ex == null) {
        ex = Execution.of(policy(settings));
        execution = ex;
      }
      ex.recordException(new RetryableFailure(decision.waitTime()));
      if (ex.isComplete()) {
        return null; // retries used up
      }
      Duration wait = ex.getDelay();
      if (deadline != null && clock.instant().plus(wait).isAfter(deadline)) {
        return null;
      }
      observer.onRetry(attempt, wait, e, decision.reason());
      return wait;
    }
  }

  /**
   * Starts the retry state of a call.
   *
   * @param settings the retry settings
   * @return the state
   */
  public CallRetries begin(RetrySettings settings) {
    return new CallRetries(settings);
  }

  /**
   * Runs attempts until one succeeds, a failure is not retryable, retries are used up, or the
   * deadline would pass during the wait; waits with the sleeper on the calling thread.
   *
   * @param settings the retry settings
   * @param attempt the attempt
   * @param observer told about retries
   * @param <T> the result type
   * @return the result of the successful attempt
   * @throws GatewayException the failure of the last attempt
   */
  public <T> T run(RetrySettings settings, Attempt<T> attempt, RetryObserver observer) {
    CallRetries retries = new CallRetries(settings);
    int number = 1;
    while (true) {
      try {
        return attempt.run(number);
      } catch (GatewayException e) {
        Duration wait = retries.next(e, number, observer);
        if (wait == null) {
          throw e;
        }
        sleep(sleeper, wait, e);
        number++;
      }
    }
  }

  /**
   * Sleeps before a retry; an interrupt ends the call with a {@link TransportException}.
   *
   * @param sleeper the sleeper
   * @param wait the wait
   * @param cause the failure being retried
   * @throws TransportException if interrupted; the interrupt flag is restored
   */
  public static void sleep(Sleeper sleeper, Duration wait, GatewayException cause) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new TransportException(
          "The call was interrupted while waiting to retry; it was not completed.",
          cause.context().toBuilder().source(ErrorSource.CLIENT).build(),
          ie);
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
