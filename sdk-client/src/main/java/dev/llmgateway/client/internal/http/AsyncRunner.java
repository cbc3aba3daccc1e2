package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.internal.retry.Retrier;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the attempts of async calls on an executor the client owns (or one the user supplied), never
 * the common pool, so futures complete on that executor. Which attempts follow, and after which
 * wait, the call's {@link Retrier.Retries} decide, as for sync calls. Waits between attempts are
 * scheduled with {@link CompletableFuture#delayedExecutor}, whose one timer thread the JVM shares,
 * instead of holding a thread or owning a timer that would outlive an unclosed client (unless a
 * custom {@link Sleeper} is configured, as in tests, which then sleeps on the executor). Cancelling
 * a future cancels the HTTP call of the current attempt, and a pending retry then does nothing when
 * it is due. This class is thread-safe.
 */
final class AsyncRunner {
  private final ExecutorService executor;
  private final boolean owned;
  private final @Nullable Sleeper sleeper;

  /**
   * Creates a runner.
   *
   * @param executor a user-supplied executor, or null to create a cached pool of daemon threads
   *     named {@code llm-gateway-async-N}
   * @param sleeper a custom sleeper for retry waits, or null to schedule them on the JVM's shared
   *     delay scheduler
   */
  AsyncRunner(@Nullable ExecutorService executor, @Nullable Sleeper sleeper) {
    this.owned = executor == null;
    this.executor =
        executor != null ? executor : Executors.newCachedThreadPool(threads("llm-gateway-async-"));
    this.sleeper = sleeper;
  }

  /** Runs a call asynchronously: attempts on the executor, retries as its retries decide. */
  <T> CompletableFuture<T> run(GatewayCall<T> call) {
    CallHandle handle = new CallHandle();
    call.attach(handle);
    AsyncCall<T> async = new AsyncCall<>(call, handle);
    async.future.whenComplete(
        (r, e) -> {
          if (async.future.isCancelled()) {
            handle.cancel();
            Future<?> pending = async.pending;
            if (pending != null) {
              pending.cancel(true);
            }
          }
        });
    async.submit(1);
    return async.future;
  }

  /**
   * Shuts down the executor if the runner created it; a retry still pending then fails its future
   * when it is due.
   */
  void shutdown() {
    if (owned) {
      executor.shutdown();
    }
  }

  private final class AsyncCall<T> {
    final CompletableFuture<T> future = new CompletableFuture<>();
    final GatewayCall<T> call;
    final CallHandle handle;
    volatile @Nullable Future<?> pending;

    AsyncCall(GatewayCall<T> call, CallHandle handle) {
      this.call = call;
      this.handle = handle;
    }

    void submit(int number) {
      try {
        pending = executor.submit(() -> step(number));
      } catch (RejectedExecutionException e) {
        future.completeExceptionally(HttpTransport.closedClient(e));
      }
    }

    void step(int number) {
      if (future.isDone()) {
        return;
      }
      try {
        T result = call.attempt(number);
        if (!future.complete(result) && result instanceof AutoCloseable) {
          closeQuietly((AutoCloseable) result); // cancelled meanwhile: release it
        }
      } catch (RuntimeException e) {
        Duration wait = call.retries().next(null, e);
        if (wait != null) {
          call.retrying(number, wait, null, e);
        }
        if (wait == null || handle.cancelled()) {
          if (!future.isDone()) {
            future.completeExceptionally(call.failed(e, number));
          }
        } else if (sleeper == null) {
          // Runs submit on the JVM's delay thread when due; submit hands over to the executor.
          CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS, Runnable::run)
              .execute(() -> submit(number + 1));
        } else {
          try {
            sleeper.sleep(wait);
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            if (!future.isDone()) {
              future.completeExceptionally(call.interrupted(ie, e));
            }
            return;
          }
          step(number + 1);
        }
      } catch (Throwable t) {
        future.completeExceptionally(t);
      }
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // best effort
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
