package dev.llmgateway.admin.apigee;

import java.time.Duration;

/**
 * Waits for a duration; the client sleeps through it between retries and deployment polls, so tests
 * can inject one that records instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long to wait, zero or more
   * @throws InterruptedException if the thread was interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns a sleeper that blocks the calling thread with {@link Thread#sleep(long)}.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis());
      }
    };
  }
}
