package dev.llmgateway.admin.apigee.internal;

import java.time.Duration;

/** Retry configuration of the HTTP layer. */
public final class RetrySettings {

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  /**
   * Creates settings.
   *
   * @param maxRetries retries after the first attempt
   * @param initialBackoff the first wait
   * @param maxBackoff the largest wait, also the cap for Retry-After
   */
  public RetrySettings(int maxRetries, Duration initialBackoff, Duration maxBackoff) {
    this.maxRetries = Checks.nonNegative("maxRetries", maxRetries);
    this.initialBackoff = Checks.positive("initialBackoff", initialBackoff);
    this.maxBackoff = Checks.positive("maxBackoff", maxBackoff);
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff must be >= initialBackoff (" + initialBackoff + ") but was " + maxBackoff);
    }
  }

  int maxRetries() {
    return maxRetries;
  }

  Duration initialBackoff() {
    return initialBackoff;
  }

  Duration maxBackoff() {
    return maxBackoff;
  }

  @Override
  public String toString() {
    return "maxRetries=" + maxRetries + ", backoff=" + initialBackoff + ".." + maxBackoff;
  }
}
