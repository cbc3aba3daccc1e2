package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A SpikeArrest rate: a number of messages per second ({@code ps}) or per minute ({@code pm}).
 *
 * @param messages the messages per period, positive
 * @param perMinute whether the period is a minute (else a second)
 */
public record SpikeRate(long messages, boolean perMinute) {

  private static final Pattern RATE = Pattern.compile("([1-9][0-9]{0,8})(ps|pm)");

  /**
   * Parses a rate such as {@code 30pm}.
   *
   * @param text the rate
   * @return the rate, or null when it is not an integer followed by ps or pm
   */
  public static @Nullable SpikeRate parse(@Nullable String text) {
    Matcher m = text == null ? null : RATE.matcher(text.strip());
    if (m == null || !m.matches()) {
      return null;
    }
    return new SpikeRate(Long.parseLong(m.group(1)), m.group(2).equals("pm"));
  }

  /**
   * Returns the period in microseconds.
   *
   * @return 1,000,000 or 60,000,000
   */
  public long periodMicros() {
    return perMinute ? 60_000_000L : 1_000_000L;
  }
}
