package dev.llmgateway.emulator.internal.serving;

/**
 * Time as one call sees it: a monotonic clock, timers and a way back onto the call's own thread.
 * Everything a call schedules runs on that call's event-loop context, never on a thread of its own,
 * so a call's state needs no locks. Tests use a manual implementation whose time only moves when
 * told to.
 */
public interface Timers {

  /**
   * Returns the current time of a monotonic clock, in nanoseconds.
   *
   * @return the time
   */
  long nanoTime();

  /**
   * Runs a task on the call's context after a delay; a delay of zero or less runs it soon, never
   * inline.
   *
   * @param delayNanos the delay
   * @param task the task
   */
  void schedule(long delayNanos, Runnable task);

  /**
   * Runs a task on the call's context soon; safe to call from any thread.
   *
   * @param task the task
   */
  void execute(Runnable task);
}
