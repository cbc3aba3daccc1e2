package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;

/**
 * {@link Timers} on a Vert.x event-loop context: Vert.x timers (millisecond resolution; delays are
 * rounded up) and {@link Context#runOnContext}.
 */
public final class VertxTimers implements Timers {
  private final Vertx vertx;
  private final Context context;

  /**
   * Creates timers bound to a context.
   *
   * @param context the call's context
   */
  public VertxTimers(Context context) {
    this.vertx = context.owner();
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
      vertx.setTimer(millis, id -> task.run());
    } else {
      context.runOnContext(v -> vertx.setTimer(millis, id -> task.run()));
    }
  }

  @Override
  public void execute(Runnable task) {
    context.runOnContext(v -> task.run());
  }
}
