package dev.llmgateway.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the client retries failed attempts. Immutable; build with {@link #builder()}; every field has
 * a default. Set per client with {@link GatewayClient.Builder#retrySettings(RetrySettings)} and per
 * call with {@link RequestOptions.Builder#retrySettings(RetrySettings)}. The Apigee quota windows,
 * from which the client estimates when a quota resets, are set on the client ({@link
 * GatewayClient.Builder#requestQuotaWindow(QuotaWindow)}). The Apigee management client runs its
 * retries under this type too, made from its builder's {@code maxRetries} and {@code backoff}.
 *
 * <p>What is retried is fixed by the client (quota faults whose window resets within {@link
 * #maxWait()}, spike arrest, Endpoint Picker load shedding, HTTP 502/503/504, and connect failures
 * that left the request unsent: refused, connect timeout, unknown host; never key faults,
 * validation errors, redirects, a stream that has started, or an I/O failure after the request may
 * have reached the server, since a re-sent generation would run twice). Nothing else re-sends a
 * request, and every request sent counts as an attempt. These settings control how often and how
 * long:
 *
 * <ul>
 *   <li>{@code maxRetries} (default 2): retries after the first attempt; 0 turns retries off.
 *   <li>{@code initialBackoff} (500 ms), {@code backoffMultiplier} (2), {@code maxBackoff} (8 s),
 *       {@code jitter} (0.25): exponential backoff when the server gives no wait.
 *   <li>{@code maxWait} (60 s): the longest single wait; a {@code Retry-After} or a quota reset
 *       further away fails fast instead.
 *   <li>{@code totalTimeout} (none): a deadline for the whole call including retries.
 * </ul>
 */
public final class RetrySettings {
  private static final RetrySettings DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double backoffMultiplier;
  private final double jitter;
  private final Duration maxWait;
  private final @Nullable Duration totalTimeout;

  private RetrySettings(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.backoffMultiplier = b.backoffMultiplier;
    this.jitter = b.jitter;
    this.maxWait = b.maxWait;
    this.totalTimeout = b.totalTimeout;
  }

  /**
   * Returns the default settings.
   *
   * @return the defaults
   */
  public static RetrySettings defaultSettings() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with the default values.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with these settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.backoffMultiplier = backoffMultiplier;
    b.jitter = jitter;
    b.maxWait = maxWait;
    b.totalTimeout = totalTimeout;
    return b;
  }

  /**
   * Returns the number of retries after the first attempt.
   *
   * @return max retries, 0 means no retries
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the backoff before the first retry.
   *
   * @return the initial backoff
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the upper bound of the exponential backoff.
   *
   * @return the max backoff
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the factor by which the backoff grows per retry.
   *
   * @return the multiplier
   */
  public double backoffMultiplier() {
    return backoffMultiplier;
  }

  /**
   * Returns the jitter fraction: a backoff {@code b} becomes a random value in {@code [b * (1 -
   * jitter), b]}.
   *
   * @return the jitter, between 0 and 1
   */
  public double jitter() {
    return jitter;
  }

  /**
   * Returns the longest single wait the client accepts before a retry.
   *
   * @return the max wait
   */
  public Duration maxWait() {
    return maxWait;
  }

  /**
   * Returns the deadline for a whole call including retries, if set.
   *
   * @return the total timeout
   */
  public Optional<Duration> totalTimeout() {
    return Optional.ofNullable(totalTimeout);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof RetrySettings)) {
      return false;
    }
    RetrySettings r = (RetrySettings) o;
    return maxRetries == r.maxRetries
        && initialBackoff.equals(r.initialBackoff)
        && maxBackoff.equals(r.maxBackoff)
        && backoffMultiplier == r.backoffMultiplier
        && jitter == r.jitter
        && maxWait.equals(r.maxWait)
        && Objects.equals(totalTimeout, r.totalTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxRetries, initialBackoff, maxBackoff, backoffMultiplier, jitter, maxWait, totalTimeout);
  }

  @Override
  public String toString() {
    return "RetrySettings{maxRetries="
        + maxRetries
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", backoffMultiplier="
        + backoffMultiplier
        + ", jitter="
        + jitter
        + ", maxWait="
        + maxWait
        + ", totalTimeout="
        + totalTimeout
        + "}";
  }

  /** Builds {@link RetrySettings}. Every field has a default. Not thread-safe. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double backoffMultiplier = 2.0;
    private double jitter = 0.25;
    private Duration maxWait = Duration.ofSeconds(60);
    private @Nullable Duration totalTimeout;

    private Builder() {}

    /**
     * Sets the number of retries after the first attempt; 0 turns retries off.
     *
     * @param maxRetries at least 0
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the backoff before the first retry.
     *
     * @param initialBackoff not negative; capped at about 292 years
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Durations.waitTime(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the upper bound of the exponential backoff.
     *
     * @param maxBackoff not negative; capped at about 292 years
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Durations.waitTime(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the factor by which the backoff grows per retry.
     *
     * @param backoffMultiplier at least 1
     * @return this builder
     */
    public Builder backoffMultiplier(double backoffMultiplier) {
      if (!(backoffMultiplier >= 1.0)) {
        throw new IllegalArgumentException(
            "backoffMultiplier must be >= 1 but was " + backoffMultiplier);
      }
      this.backoffMultiplier = backoffMultiplier;
      return this;
    }

    /**
     * Sets the jitter fraction.
     *
     * @param jitter between 0 and 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1 but was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the longest single wait before a retry; server-requested waits or quota resets further
     * away fail fast.
     *
     * @param maxWait not negative; capped at about 292 years
     * @return this builder
     */
    public Builder maxWait(Duration maxWait) {
      this.maxWait = Durations.waitTime(maxWait, "maxWait");
      return this;
    }

    /**
     * Sets a deadline for the whole call including retries; null removes it. No retry waits past
     * it, and a non-streaming attempt still running when it passes is cancelled with a {@link
     * dev.llmgateway.client.errors.GatewayTimeoutException}. For streams it bounds the attempts to
     * open the stream, not the reading of an open stream (which has an idle timeout instead).
     *
     * @param totalTimeout at least 1 ms (longer than about 24.8 days means none), or null
     * @return this builder
     */
    public Builder totalTimeout(@Nullable Duration totalTimeout) {
      this.totalTimeout =
          totalTimeout == null ? null : Durations.timeout(totalTimeout, "totalTimeout");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalArgumentException if maxBackoff is less than initialBackoff
     */
    public RetrySettings build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff must be >= initialBackoff (" + initialBackoff + ") but was " + maxBackoff);
      }
      return new RetrySettings(this);
    }
  }
}
