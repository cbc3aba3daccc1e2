package dev.llmgateway.client.internal.retry;

import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one retry engine of the SDK, used by the gateway client's transport and the Apigee management
 * client. A client brings its decisions as a {@link RetryPlan}; {@link #policy} turns plan and
 * {@link RetrySettings} into a Failsafe {@link RetryPolicy}: the plan's table is the policy's
 * failure condition, its give-up rule the abort condition, its waits the delay function, and {@code
 * maxRetries} the limit. Each call drives the policy through Failsafe's standalone {@link
 * Execution}, so that waits go through the injected {@link Sleeper} and the call's deadline ({@code
 * totalTimeout}) through the injected {@link Clock}, which keeps retry tests instant. An outcome
 * the plan does not retry ends the call without starting an execution, so a call that succeeds at
 * once costs nothing here. Failsafe stays behind these types. This class is thread-safe.
 */
public final class Retrier {
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * Creates the engine.
   *
   * @param clock the clock for deadlines
   * @param sleeper waits between the attempts of calls run by {@link #run}
   */
  public Retrier(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * A plan with its settings, as a Failsafe policy. Build it once per plan and settings; it is
   * immutable and shared by calls.
   *
   * @param <R> the result of an attempt
   */
  public static final class Policy<R> {
    final RetryPlan<R> plan;
    final RetrySettings settings;
    final RetryPolicy<R> failsafe;

    Policy(RetryPlan<R> plan, RetrySettings settings) {
      this.plan = plan;
      this.settings = settings;
      this.failsafe =
          RetryPolicy.<R>builder()
              .handleIf(plan::retryable)
              .abortIf(plan::givesUp)
              .withDelayFn(
                  ctx ->
                      plan.waitBefore(
                          ctx.getLastResult(), ctx.getLastException(), ctx.getAttemptCount() - 1))
              .withMaxRetries(settings.maxRetries())
              .build();
    }
  }

  /**
   * Returns the policy of a plan under settings.
   *
   * @param plan the client's decisions
   * @param settings the retry settings
   * @param <R> the result of an attempt
   * @return the policy
   */
  public static <R> Policy<R> policy(RetryPlan<R> plan, RetrySettings settings) {
    return new Policy<>(plan, settings);
  }

  /**
   * Starts the retries of one call; its deadline is now plus the settings' total timeout.
   *
   * @param policy the policy
   * @param <R> the result of an attempt
   * @return the retry state of the call
   */
  public <R> Retries<R> begin(Policy<R> policy) {
    return new Retries<>(policy);
  }

  /**
   * The retry state of one call: its deadline and, after a retryable outcome, its execution. Its
   * attempts run one after the other, each on one thread.
   */
  public final class Retries<R> {
    private final Policy<R> policy;
    private final @Nullable Instant deadline;
    private @Nullable Execution<R> execution;

    Retries(Policy<R> policy) {
      this.policy = policy;
      Optional<Duration> total = policy.settings.totalTimeout();
      this.deadline = total.isPresent() ? clock.instant().plus(total.get()) : null;
    }

    /**
     * Returns the end of the call's total timeout.
     *
     * @return the deadline, or null without a total timeout
     */
    public @Nullable Instant deadline() {
      return deadline;
    }

    /**
     * Records how an attempt ended and decides what comes next.
     *
     * @param result the attempt's result, or null if it failed
     * @param failure the attempt's failure, or null if it returned a result
     * @return the wait before the next attempt, or null when the call ends with this outcome: it
     *     succeeded or is not retried, the retries are used up, the plan gave up, or the wait would
     *     pass the deadline
     */
    public @Nullable Duration next(@Nullable R result, @Nullable Throwable failure) {
      Execution<R> ex = execution;
      if (ex == null) {
        if (policy.settings.maxRetries() == 0 || !policy.plan.retryable(result, failure)) {
          return null;
        }
        ex = Execution.of(policy.failsafe);
        execution = ex;
      }
      ex.record(result, failure);
      if (ex.isComplete()) {
        return null;
      }
      Duration wait = ex.getDelay();
      if (deadline != null && clock.instant().plus(wait).isAfter(deadline)) {
        return null;
      }
      return wait;
    }
  }

  /**
   * Runs a call's attempts on the calling thread until one ends the call, waiting with the sleeper
   * between them.
   *
   * @param retries the call's retry state
   * @param call the call
   * @param <R> the result of an attempt
   * @return the result of the last attempt
   * @throws RuntimeException what {@link RetryCall#failed} or {@link RetryCall#interrupted} return
   */
  public <R> R run(Retries<? super R> retries, RetryCall<R> call) {
    for (int number = 1; ; number++) {
      R result = null;
      Throwable failure = null;
      try {
        result = call.attempt(number);
      } catch (RuntimeException | IOException e) {
        failure = e;
      }
      Duration wait = retries.next(result, failure);
      if (wait == null) {
        if (failure != null) {
          throw call.failed(failure, number);
        }
        return result;
      }
      call.retrying(number, wait, result, failure);
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw call.interrupted(e, failure);
      }
    }
  }
}
