package dev.llmgateway.emulator;

import dev.llmgateway.client.internal.check.Checks;
import java.time.Duration;

/**
 * How fast the simulated model servers answer: the time to first token of a prompt that misses the
 * prefix cache, and the time per output token after the first. A prompt whose first blocks are in
 * the endpoint's prefix cache gets a proportionally shorter time to first token; a busy endpoint
 * adds queueing time on top (see {@link EmulatedModel.Builder#maxConcurrentRequests(int)}). Times
 * run on Vert.x timers (millisecond resolution), never on sleeping threads. Immutable.
 *
 * <pre>{@code
 * LatencyProfile.none();                                              // answers at once
 * LatencyProfile.of(Duration.ofMillis(150), Duration.ofMillis(20));   // 150 ms, then 50 tokens/s
 * }</pre>
 */
public final class LatencyProfile {
  private static final LatencyProfile NONE = new LatencyProfile(Duration.ZERO, Duration.ZERO);
  private static final LatencyProfile REALISTIC =
      new LatencyProfile(Duration.ofMillis(150), Duration.ofMillis(20));

  private final Duration timeToFirstToken;
  private final Duration timePerOutputToken;

  private LatencyProfile(Duration timeToFirstToken, Duration timePerOutputToken) {
    this.timeToFirstToken = timeToFirstToken;
    this.timePerOutputToken = timePerOutputToken;
  }

  /**
   * Returns the profile without latency: every answer is computed and sent at once (the default,
   * and the one for load tests of everything but the model).
   *
   * @return the profile
   */
  public static LatencyProfile none() {
    return NONE;
  }

  /**
   * Returns a profile close to a small model on one GPU: 150 ms to the first token, then 20 ms per
   * token.
   *
   * @return the profile
   */
  public static LatencyProfile realistic() {
    return REALISTIC;
  }

  /**
   * Returns a profile.
   *
   * @param timeToFirstToken the time to first token without prefix-cache hits
   * @param timePerOutputToken the time per output token after the first
   * @return the profile
   * @throws IllegalArgumentException when a duration is null or negative, naming it
   */
  public static LatencyProfile of(Duration timeToFirstToken, Duration timePerOutputToken) {
    check(timeToFirstToken, "timeToFirstToken");
    check(timePerOutputToken, "timePerOutputToken");
    return new LatencyProfile(timeToFirstToken, timePerOutputToken);
  }

  /**
   * Returns the time to first token without prefix-cache hits.
   *
   * @return the duration
   */
  public Duration timeToFirstToken() {
    return timeToFirstToken;
  }

  /**
   * Returns the time per output token after the first.
   *
   * @return the duration
   */
  public Duration timePerOutputToken() {
    return timePerOutputToken;
  }

  @Override
  public String toString() {
    return "LatencyProfile{timeToFirstToken="
        + timeToFirstToken
        + ", timePerOutputToken="
        + timePerOutputToken
        + "}";
  }

  private static void check(Duration d, String field) {
    Checks.notNegative(Checks.notNullArgument(d, field), field);
  }
}
