package dev.llmgateway.emulator.internal.serving;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A model server's scheduler, simplified: at most {@code maxRunning} requests run at once and the
 * KV blocks they hold fit in the cache; the rest wait first come, first served (a head that does
 * not fit blocks the queue, as in vLLM). A request reserves the blocks of its prompt and whole
 * output when it starts (vLLM grows them token by token). Gauges are readable without the lock, as
 * the Endpoint Picker scrapes them. This class is thread-safe.
 */
final class EngineQueue {

  /** A request as the queue sees it. */
  interface Admission {
    /** Returns the KV blocks the request holds while it runs. */
    int blocks();

    /** Called once when the request may run; from any thread. */
    void admitted();
  }

  private final int maxRunning;
  private final int totalBlocks;
  private final ArrayDeque<Admission> queue = new ArrayDeque<>();
  private int runningCount;
  private int usedBlocks;
  private volatile int runningGauge;
  private volatile int waitingGauge;
  private volatile double kvGauge;

  EngineQueue(int maxRunning, int totalBlocks) {
    this.maxRunning = maxRunning;
    this.totalBlocks = totalBlocks;
  }

  /**
   * Starts a request at once when it fits, else queues it.
   *
   * @return true when admitted now (its {@link Admission#admitted()} is not called)
   */
  boolean tryAdmit(Admission a) {
    synchronized (this) {
      if (queue.isEmpty() && fits(a)) {
        take(a);
        publish();
        return true;
      }
      queue.addLast(a);
      publish();
      return false;
    }
  }

  /** Removes a waiting request (its client went away); returns false when it was not waiting. */
  boolean cancel(Admission a) {
    synchronized (this) {
      boolean removed = queue.remove(a);
      publish();
      return removed;
    }
  }

  /** Frees a running request's slot and blocks, then starts the waiting requests that now fit. */
  void release(Admission a) {
    List<Admission> started = new ArrayList<>(2);
    synchronized (this) {
      runningCount--;
      usedBlocks -= a.blocks();
      while (!queue.isEmpty() && fits(queue.peekFirst())) {
        Admission next = queue.pollFirst();
        take(next);
        started.add(next);
      }
      publish();
    }
    for (Admission next : started) {
      next.admitted();
    }
  }

  int running() {
    return runningGauge;
  }

  int waiting() {
    return waitingGauge;
  }

  double kvCacheUsage() {
    return kvGauge;
  }

  private boolean fits(Admission a) {
    if (runningCount >= maxRunning) {
      return false;
    }
    // A request larger than the whole cache runs alone rather than never.
    return usedBlocks + a.blocks() <= totalBlocks || runningCount == 0;
  }

  private void take(Admission a) {
    runningCount++;
    usedBlocks += a.blocks();
  }

  private void publish() {
    runningGauge = runningCount;
    waitingGauge = queue.size();
    kvGauge = Math.min(1.0, (double) usedBlocks / totalBlocks);
  }
}
