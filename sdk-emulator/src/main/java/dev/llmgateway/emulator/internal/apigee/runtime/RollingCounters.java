package dev.llmgateway.emulator.internal.apigee.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counters of {@code rollingwindow} quotas: each keeps the amounts counted with their times and
 * sums those within the window ending now. Thread-safe: each counter is updated under its own lock.
 * When more than {@value QuotaCounters#MAX_COUNTERS} counters exist, empty ones are dropped.
 */
final class RollingCounters {

  private static final class Counter {
    final ArrayDeque<long[]> entries = new ArrayDeque<>();
    long used;
  }

  private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

  /**
   * Checks and/or counts a call against the amounts counted since {@code windowStart}.
   *
   * @param key the counter's key
   * @param windowStart the first millisecond that still counts (now minus the window)
   * @param now the time of the call
   * @param allow the limit
   * @param weight the call's amount
   * @param check whether the call is rejected when it would exceed the limit
   * @param count whether the call is counted; a rejected call is never counted
   * @return the outcome; its window end is when the oldest counted amount leaves the window
   */
  QuotaCounters.Outcome apply(
      String key,
      long windowStart,
      long now,
      long allow,
      long weight,
      boolean check,
      boolean count) {
    if (counters.size() > QuotaCounters.MAX_COUNTERS) {
      counters.values().removeIf(c -> c.entries.isEmpty());
    }
    Counter c = counters.computeIfAbsent(key, k -> new Counter());
    synchronized (c) {
      while (!c.entries.isEmpty() && c.entries.peekFirst()[0] < windowStart) {
        c.used -= c.entries.removeFirst()[1];
      }
      boolean violated = check && c.used + weight > allow;
      if (count && !violated && weight > 0) {
        c.entries.addLast(new long[] {now, weight});
        c.used += weight;
      }
      long oldest = c.entries.isEmpty() ? now : c.entries.peekFirst()[0];
      return new QuotaCounters.Outcome(violated, c.used, now + (oldest - windowStart));
    }
  }
}
