package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link Timers} on a Vert.x event-loop context: Vert.x timers (millisecond resolution; delays are
 * rounded up) and {@link Context#runOnContext}. Tasks of one context due in the same millisecond
 * share one Vert.x timer, so thousands of streams emitting tokens cost a timer per millisecond, not
 * one per token.
 */
public final class VertxTimers implements Timers {
  private static final Logger LOG = Logger.getLogger(VertxTimers.class.getName());

  private final Context context;

  /**
   * Creates timers bound to a context.
   *
   * @param context the call's context
   */
  public VertxTimers(Context context) {
    this.context = context;
  }

  /**
   * Returns timers for the calling thread's Vert.x context.
   *
   * @return the timers
   * @throws IllegalStateException when not called on a Vert.x thread
   */
  public static VertxTimers current() {
    Context c = Vertx.currentContext();
    if (c == null) {
      throw new IllegalStateException("not on a Vert.x context");
    }
    return new VertxTimers(c);
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public void schedule(long delayNanos, Runnable task) {
    if (delayNanos <= 0) {
      execute(task);
      return;
    }
    long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(delayNanos + 999_999));
    if (Vertx.currentContext() == context) {
      Batches.of(context).schedule(millis, task);
    } else {
      context.runOnContext(v -> Batches.of(context).schedule(millis, task));
    }
  }

  @Override
  public void execute(Runnable task) {
    context.runOnContext(v -> task.run());
  }

  /** The tasks of one context by the millisecond they are due; used on that context only. */
  private static final class Batches {
    private final Vertx vertx;
    private final Map<Long, List<Runnable>> byDue = new HashMap<>();

    private Batches(Vertx vertx) {
      this.vertx = vertx;
    }

    static Batches of(Context context) {
      Batches b = context.get(Batches.class);
      if (b == null) {
        b = new Batches(context.owner());
        context.put(Batches.class, b);
      }
      return b;
    }

    void schedule(long millis, Runnable task) {
      long due = TimeUnit.NANOSECONDS.toMillis(System.nanoTime()) + millis;
      List<Runnable> tasks = byDue.get(due);
      if (tasks == null) {
        tasks = new ArrayList<>();
        byDue.put(due, tasks);
        vertx.setTimer(millis, id -> fire(due));
      }
      tasks.add(task);
    }

    private void fire(long due) {
      List<Runnable> tasks = byDue.remove(due);
      if (tasks == null) {
        return;
      }
      for (Runnable t : tasks) {
        try {
          t.run();
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "an emulator timer task failed", e);
        }
      }
    }
  }
}
