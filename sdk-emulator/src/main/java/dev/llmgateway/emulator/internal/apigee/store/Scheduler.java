package dev.llmgateway.emulator.internal.apigee.store;

import java.time.Duration;

/** Runs a task later, e.g. on a Vert.x timer; used to settle deployments. */
@FunctionalInterface
public interface Scheduler {

  /** Runs tasks at once, on the calling thread. */
  Scheduler IMMEDIATE = (delay, task) -> task.run();

  /**
   * Runs a task after a delay.
   *
   * @param delay the delay; zero runs it at once
   * @param task the task
   */
  void schedule(Duration delay, Runnable task);
}
