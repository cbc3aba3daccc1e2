package dev.llmgateway.emulator.internal.apigee.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The quota counters of the runtime, by key (policy or shared name, and identifier). Each counter
 * holds its current window; a call in a later window starts it again at zero (flexi windows start
 * at the first call after the previous one ended). Thread-safe: each counter is updated under its
 * own lock. When more than {@value #MAX_COUNTERS} counters exist, expired ones are dropped.
 */
final class QuotaCounters {

  static final int MAX_COUNTERS = 100_000;

  /** What one call did to a counter. */
  record Outcome(boolean violated, long used, long windowEnd) {}

  private static final class Counter {
    long start = Long.MIN_VALUE;
    long end = Long.MIN_VALUE;
    long used;
  }

  private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

  /**
   * Checks and/or counts a call.
   *
   * @param key the counter's key
   * @param window the window holding now (for flexi, the window a new counter would get)
   * @param flexi whether the window is flexi (kept until it ends) rather than computed per call
   * @param now the time of the call
   * @param allow the limit
   * @param weight the call's weight
   * @param check whether the call is rejected when it would exceed the limit (not CountOnly)
   * @param count whether the call is counted (not EnforceOnly); a rejected call is never counted
   * @return the outcome
   */
  Outcome apply(
      String key,
      QuotaWindow window,
      boolean flexi,
      long now,
      long allow,
      long weight,
      boolean check,
      boolean count) {
    if (counters.size() > MAX_COUNTERS) {
      counters.values().removeIf(c -> c.end <= now);
    }
    Counter c = counters.computeIfAbsent(key, k -> new Counter());
    synchronized (c) {
      boolean expired = flexi ? c.end <= now : c.start != window.start();
      if (expired) {
        c.start = window.start();
        c.end = window.end();
        c.used = 0;
      }
      boolean violated = check && c.used + weight > allow;
      if (count && !violated) {
        c.used += weight;
      }
      return new Outcome(violated, c.used, c.end);
    }
  }
}
