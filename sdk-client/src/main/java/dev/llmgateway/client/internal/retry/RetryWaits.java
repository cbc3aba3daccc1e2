package dev.llmgateway.client.internal.retry;

import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.QuotaExceededException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides whether a failed attempt is retried and computes the wait: {@code
 * Retry-After-Ms}, else {@code Retry-After} (seconds or HTTP date), else by the {@link RetryTable}
 * row: the estimated quota reset, a short jittered wait, or exponential backoff with jitter. Waits
 * longer than {@link RetrySettings#maxWait()} are not taken: the call fails fast. This class is
 * thread-safe.
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
   * Decides about a failed attempt.
   *
   * @param e the failure
   * @param retriesDone retries already made in this call (0 before the first retry)
   * @param settings the retry settings
   * @return the decision
   */
  public RetryDecision decide(GatewayException e, int retriesDone, RetrySettings settings) {
    RetryTable.Row row = RetryTable.lookup(e);
    if (row.kind() == RetryKind.NEVER) {
      return RetryDecision.stop(row.reason());
    }
    Duration max = settings.maxWait();
    Duration fromServer = serverWait(e.headers());
    if (fromServer != null) {
      return fromServer.compareTo(max) > 0
          ? RetryDecision.stop(
              "the server asked to wait " + fromServer + ", longer than maxWait " + max)
          : RetryDecision.retryAfter(fromServer, row.reason() + "; wait from Retry-After");
    }
    switch (row.kind()) {
      case QUOTA_WINDOW:
        Optional<Instant> reset =
            e instanceof QuotaExceededException
                ? ((QuotaExceededException) e).resetAt()
                : Optional.empty();
        if (reset.isPresent()) {
          Duration untilReset = Duration.between(clock.instant(), reset.get());
          if (untilReset.isNegative()) {
            untilReset = Duration.ZERO;
          }
          if (untilReset.compareTo(max) > 0) {
            return RetryDecision.stop(
                "the quota resets at about " + reset.get() + ", later than maxWait " + max);
          }
          long spread = (long) (random.getAsDouble() * QUOTA_SPREAD_MILLIS);
          return RetryDecision.retryAfter(untilReset.plusMillis(spread), row.reason());
        }
        return RetryDecision.retryAfter(backoff(retriesDone, settings), row.reason());
      case SHORT_JITTER:
        long base = settings.initialBackoff().toNanos();
        long nanos = (long) (base * (0.5 + random.getAsDouble()));
        return RetryDecision.retryAfter(min(Duration.ofNanos(nanos), max), row.reason());
      default:
        return RetryDecision.retryAfter(backoff(retriesDone, settings), row.reason());
    }
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
    double base =
        Math.min(
            s.maxBackoff().toNanos(),
            s.initialBackoff().toNanos() * Math.pow(s.backoffMultiplier(), retriesDone));
    double jittered = base * (1.0 - s.jitter() * random.getAsDouble());
    return min(Duration.ofNanos((long) jittered), s.maxWait());
  }

  /**
   * Reads the wait the server asked for: {@code Retry-After-Ms}, else {@code Retry-After} as
   * seconds or an HTTP date.
   *
   * @param headers response headers, names in lower case
   * @return the wait, or null if the server named none (or an unparseable one)
   */
  public @Nullable Duration serverWait(Map<String, List<String>> headers) {
    String ms = first(headers, "retry-after-ms");
    if (ms != null) {
      try {
        double millis = Double.parseDouble(ms);
        if (millis >= 0 && Double.isFinite(millis)) {
          return Duration.ofNanos((long) (millis * 1_000_000));
        }
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    String ra = first(headers, "retry-after");
    if (ra == null) {
      return null;
    }
    try {
      double seconds = Double.parseDouble(ra);
      return seconds >= 0 && Double.isFinite(seconds)
          ? Duration.ofNanos((long) (seconds * 1_000_000_000L))
          : null;
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(ra, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  private static @Nullable String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0).trim();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
