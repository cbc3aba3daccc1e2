package dev.llmgateway.emulator.internal.serving;

import java.time.Duration;
import java.util.PriorityQueue;

/** {@link Timers} whose time moves only in {@link #advance}; everything runs on the test thread. */
final class ManualTimers implements Timers {
  private final PriorityQueue<Task> tasks =
      new PriorityQueue<>(
          (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
  private long now;
  private long seq;

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public void schedule(long delayNanos, Runnable task) {
    tasks.add(new Task(now + Math.max(0, delayNanos), seq++, task));
  }

  @Override
  public void execute(Runnable task) {
    schedule(0, task);
  }

  /** Runs what is due now, without moving time. */
  void runDue() {
    advance(Duration.ZERO);
  }

  /** Moves time forward, running every task that falls due, in order. */
  void advance(Duration d) {
    long until = now + d.toNanos();
    while (!tasks.isEmpty() && tasks.peek().due <= until) {
      Task t = tasks.poll();
      now = Math.max(now, t.due);
      t.run.run();
    }
    now = until;
  }

  /** Returns how many tasks wait. */
  int pending() {
    return tasks.size();
  }

  private record Task(long due, long seq, Runnable run) {}
}
