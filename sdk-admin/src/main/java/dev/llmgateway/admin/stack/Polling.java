package dev.llmgateway.admin.stack;

import dev.llmgateway.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Reads something until it is as wanted, on the stack's clock and sleeper, reporting each wait. */
final class Polling {

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration timeout;
  private final Duration interval;

  Polling(Clock clock, Sleeper sleeper, Duration timeout, Duration interval) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.timeout = timeout;
    this.interval = interval;
  }

  /**
   * Reads until {@code done} holds and returns that value.
   *
   * @throws IllegalStateException when the timeout passes first, with the last value read
   */
  <T> T until(String what, Supplier<T> read, Predicate<T> done, Progress.Waits waits) {
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      T value = read.get();
      if (done.test(value)) {
        return value;
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new IllegalStateException(
            "timed out after " + timeout + " waiting for " + what + "; last seen: " + value);
      }
      Duration wait = interval.compareTo(left) < 0 ? interval : left;
      waits.waiting(
          "waiting for " + what + " (now: " + value + "; " + left.toSeconds() + " s left)");
      sleep(sleeper, wait);
    }
  }

  /** Sleeps, turning an interrupt into an exception that keeps the interrupt flag. */
  static void sleep(Sleeper sleeper, Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
