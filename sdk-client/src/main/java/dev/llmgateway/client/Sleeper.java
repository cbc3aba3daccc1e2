package dev.llmgateway.client;

import java.time.Duration;

/**
 * Waits between retry attempts, and between the deployment polls of the Apigee client: the one
 * sleeper type of the SDK's clients. The default sleeps the calling thread; tests inject a
 * recording sleeper so that retry tests run instantly.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Blocks for the given duration.
   *
   * @param duration how long to wait, never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that uses {@link Thread#sleep(long, int)}.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return duration -> {
      long nanos = duration.toNanos();
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
      }
    };
  }
}
