package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.apigee.bundle.SpikeRate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SpikeArrest state. Without UseEffectiveCount the rate is smoothed as Apigee documents: the period
 * is cut into windows of {@code period / rate} (30pm: 2 s, 10ps: 100 ms) aligned to the clock, and
 * one call is allowed per window (a call of weight {@code w} uses {@code w} windows). With
 * UseEffectiveCount, {@code rate} calls are allowed per clock-aligned period. Thread-safe.
 */
final class SpikeLimiter {

  private static final class State {
    long window = Long.MIN_VALUE;
    long used;
  }

  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

  /**
   * Tells whether a call is allowed, and records it if so.
   *
   * @param key the limiter's key (policy and identifier)
   * @param rate the rate
   * @param weight the call's weight, at least 1
   * @param effectiveCount whether UseEffectiveCount is on
   * @param nowMicros the time in epoch microseconds
   * @return whether the call is allowed
   */
  boolean allow(String key, SpikeRate rate, long weight, boolean effectiveCount, long nowMicros) {
    if (states.size() > QuotaCounters.MAX_COUNTERS) {
      states.clear();
    }
    State s = states.computeIfAbsent(key, k -> new State());
    synchronized (s) {
      if (effectiveCount) {
        long window = Math.floorDiv(nowMicros, rate.periodMicros());
        if (window != s.window) {
          s.window = window;
          s.used = 0;
        }
        if (s.used + weight > rate.messages()) {
          return false;
        }
        s.used += weight;
        return true;
      }
      long length = Math.max(1, rate.periodMicros() / rate.messages());
      long window = Math.floorDiv(nowMicros, length);
      if (s.window != Long.MIN_VALUE && window <= s.window) {
        return false;
      }
      s.window = window + weight - 1;
      return true;
    }
  }
}
