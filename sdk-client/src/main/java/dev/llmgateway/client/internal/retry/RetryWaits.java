package dev.llmgateway.client.internal.retry;

import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.QuotaExceededException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The gateway client's retry decisions, fed to the {@link Retrier} as a {@link RetryPlan}: what is
 * retried comes from {@link RetryTable}; the wait is {@code Retry-After-Ms}, else {@code
 * Retry-After} (seconds or HTTP date, read by {@link RetryAfter}), else by the table's row: the
 * estimated quota reset, a short jittered wait, or exponential backoff with jitter ({@link
 * #backoff(int, RetrySettings, double)}, the formula both clients use). A server-named wait or a
 * quota reset beyond {@link RetrySettings#maxWait()} is not waited for: the call fails fast. This
 * class is thread-safe.
 */
public final class RetryWaits {
  /** Spread of retries after a quota reset, so that clients do not all hit the boundary. */
  private static final long QUOTA_SPREAD_MILLIS = 250;

  private final Clock clock;
  private final DoubleSupplier random;

  /**
   * Creates the calculator.
   *
   * @param clock the clock
   * @param random uniform values in [0, 1) for jitter
   */
  public RetryWaits(Clock clock, DoubleSupplier random) {
    this.clock = clock;
    this.random = random;
  }

  /**
   * Creates the calculator with a thread-local random source.
   *
   * @param clock the clock
   */
  public RetryWaits(Clock clock) {
    this(clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * Returns the client's plan under some settings, as the {@link Retrier} runs it: {@link
   * RetryTable} says which failures are retried, a server-named wait or quota reset beyond {@code
   * maxWait} gives up at once, and {@link #decide}'s waits apply.
   *
   * @param settings the retry settings
   * @return the plan
   */
  public RetryPlan<Object> plan(RetrySettings settings) {
    return new RetryPlan<>() {
      @Override
      public boolean retryable(@Nullable Object result, @Nullable Throwable failure) {
        return failure instanceof GatewayException
            && RetryTable.lookup((GatewayException) failure).kind() != RetryKind.NEVER;
      }

      @Override
      public boolean givesUp(@Nullable Object result, @Nullable Throwable failure) {
        GatewayException e = (GatewayException) failure;
        return e != null && tooLong(e, RetryTable.lookup(e), settings) != null;
      }

      @Override
      public Duration waitBefore(
          @Nullable Object result, @Nullable Throwable failure, int retriesDone) {
        GatewayException e = (GatewayException) failure;
        return waitFor(Objects.requireNonNull(e), RetryTable.lookup(e), retriesDone, settings);
      }
    };
  }

  /**
   * Decides about a failed attempt in one step, as the {@link #plan} does in three: the row of
   * {@link RetryTable}, the give-up rule, the wait. Names the reason either way.
   *
   * @param e the failure
   * @param retriesDone retries already made in this call (0 before the first retry)
   * @param settings the retry settings
   * @return the decision
   */
  RetryDecision decide(GatewayException e, int retriesDone, RetrySettings settings) {
    RetryTable.Row row = RetryTable.lookup(e);
    if (row.kind() == RetryKind.NEVER) {
      return RetryDecision.stop(row.reason());
    }
    String tooLong = tooLong(e, row, settings);
    if (tooLong != null) {
      return RetryDecision.stop(tooLong);
    }
    return RetryDecision.retryAfter(waitFor(e, row, retriesDone, settings), reason(e));
  }

  /**
   * Returns why a retryable failure is not retried after all, or null if it is: the server asked
   * for a wait longer than {@code maxWait}, or the quota resets later than that.
   */
  private @Nullable String tooLong(GatewayException e, RetryTable.Row row, RetrySettings s) {
    Duration max = s.maxWait();
    Duration fromServer = serverWait(e.headers());
    if (fromServer != null) {
      return fromServer.compareTo(max) > 0
          ? "the server asked to wait " + fromServer + ", longer than maxWait " + max
          : null;
    }
    Instant reset = row.kind() == RetryKind.QUOTA_WINDOW ? resetAt(e) : null;
    if (reset != null && Duration.between(clock.instant(), reset).compareTo(max) > 0) {
      return "the quota resets at about " + reset + ", later than maxWait " + max;
    }
    return null;
  }

  /** The wait before retrying a retryable failure that is not given up. */
  private Duration waitFor(
      GatewayException e, RetryTable.Row row, int retriesDone, RetrySettings s) {
    Duration fromServer = serverWait(e.headers());
    if (fromServer != null) {
      return fromServer;
    }
    switch (row.kind()) {
      case QUOTA_WINDOW:
        Instant reset = resetAt(e);
        if (reset != null) {
          Duration untilReset = Duration.between(clock.instant(), reset);
          long spread = (long) (random.getAsDouble() * QUOTA_SPREAD_MILLIS);
          return (untilReset.isNegative() ? Duration.ZERO : untilReset).plusMillis(spread);
        }
        return backoff(retriesDone, s);
      case SHORT_JITTER:
        long base = s.initialBackoff().toNanos();
        long nanos = (long) (base * (0.5 + random.getAsDouble()));
        return min(Duration.ofNanos(nanos), s.maxWait());
      default:
        return backoff(retriesDone, s);
    }
  }

  /**
   * Says why a failure is retried, for the log.
   *
   * @param e a retryable failure
   * @return the reason
   */
  public String reason(GatewayException e) {
    String why = RetryTable.lookup(e).reason();
    return serverWait(e.headers()) == null ? why : why + "; wait from Retry-After";
  }

  private static @Nullable Instant resetAt(GatewayException e) {
    return e instanceof QuotaExceededException
        ? ((QuotaExceededException) e).resetAt().orElse(null)
        : null;
  }

  /**
   * Returns the exponential backoff with jitter before retry number {@code retriesDone + 1}: the
   * base {@code min(maxBackoff, initialBackoff * multiplier^retriesDone)} reduced by a random
   * fraction of at most {@code jitter}, and never above {@code maxWait}.
   *
   * @param retriesDone retries already made
   * @param s the settings
   * @return the wait
   */
  public Duration backoff(int retriesDone, RetrySettings s) {
    return backoff(retriesDone, s, random.getAsDouble());
  }

  /**
   * Returns the exponential backoff with jitter of both clients, as {@link #backoff(int,
   * RetrySettings)} with a given random value.
   *
   * @param retriesDone retries already made
   * @param s the settings
   * @param random a uniform value in [0, 1)
   * @return the wait
   */
  public static Duration backoff(int retriesDone, RetrySettings s, double random) {
    double base =
        Math.min(
            s.maxBackoff().toNanos(),
            s.initialBackoff().toNanos() * Math.pow(s.backoffMultiplier(), retriesDone));
    double jittered = base * (1.0 - s.jitter() * random);
    return min(Duration.ofNanos((long) jittered), s.maxWait());
  }

  /** The wait the server named in the headers of an error ({@link RetryAfter}), or null. */
  private @Nullable Duration serverWait(Map<String, List<String>> headers) {
    return RetryAfter.parse(
        first(headers, "retry-after-ms"), first(headers, "retry-after"), clock.instant());
  }

  private static @Nullable String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0).trim();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
