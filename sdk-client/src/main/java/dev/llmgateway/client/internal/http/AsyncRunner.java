package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.errors.GatewayException;
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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs the attempts of async calls on an executor the client owns (or one the user supplied), never
 * the common pool, so futures complete on that executor. Waits between attempts are scheduled with
 * {@link CompletableFuture#delayedExecutor}, whose one timer thread the JVM shares, instead of
 * holding a thread or owning a timer that would outlive an unclosed client (unless a custom {@link
 * Sleeper} is configured, as in tests, which then sleeps on the executor). Cancelling a future
 * cancels the HTTP call of the current attempt, and a pending retry then does nothing when it is
 * due. This class is thread-safe.
 */
public final class AsyncRunner {
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
  public AsyncRunner(@Nullable ExecutorService executor, @Nullable Sleeper sleeper) {
    this.owned = executor == null;
    this.executor =
        executor != null ? executor : Executors.newCachedThreadPool(threads("llm-gateway-async-"));
    this.sleeper = sleeper;
  }

  /**
   * Runs a call asynchronously: attempts on the executor, retries per {@code retries}.
   *
   * @param handle links the future to the HTTP call of the current attempt
   * @param retries the retry state of the call
   * @param attempt one attempt
   * @param observer told about retries
   * @param onFailure told about the final failure
   * @param <T> the result type
   * @return a future completed on the executor
   */
  public <T> CompletableFuture<T> run(
      CallHandle handle,
      Retrier.CallRetries retries,
      Retrier.Attempt<T> attempt,
      Retrier.RetryObserver observer,
      Consumer<GatewayException> onFailure) {
    AsyncCall<T> call = new AsyncCall<>(handle, retries, attempt, observer, onFailure);
    call.future.whenComplete(
        (r, e) -> {
          if (call.future.isCancelled()) {
            handle.cancel();
            Future<?> pending = call.pending;
            if (pending != null) {
              pending.cancel(true);
            }
          }
        });
    call.submit(1);
    return call.future;
  }

  /**
   * Shuts down the executor if the runner created it; a retry still pending then fails its future
   * when it is due.
   */
  public void shutdown() {
    if (owned) {
      executor.shutdown();
    }
  }

  private final class AsyncCall<T> {
    final CompletableFuture<T> future = new CompletableFuture<>();
    final CallHandle handle;
    final Retrier.CallRetries retries;
    final Retrier.Attempt<T> attempt;
    final Retrier.RetryObserver observer;
    final Consumer<GatewayException> onFailure;
    volatile @Nullable Future<?> pending;

    AsyncCall(
        CallHandle handle,
        Retrier.CallRetries retries,
        Retrier.Attempt<T> attempt,
        Retrier.RetryObserver observer,
        Consumer<GatewayException> onFailure) {
      this.handle = handle;
      this.retries = retries;
      this.attempt = attempt;
      this.observer = observer;
      this.onFailure = onFailure;
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
        T result = attempt.run(number);
        if (!future.complete(result) && result instanceof AutoCloseable) {
          closeQuietly((AutoCloseable) result); // cancelled meanwhile: release it
        }
      } catch (GatewayException e) {
        Duration wait = retries.next(e, number, observer);
        if (wait == null || handle.cancelled()) {
          fail(e);
        } else if (sleeper == null) {
          // Runs submit on the JVM's delay thread when due; submit hands over to the executor.
          CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS, Runnable::run)
              .execute(() -> submit(number + 1));
        } else {
          try {
            Retrier.sleep(sleeper, wait, e);
          } catch (GatewayException interrupted) {
            fail(interrupted);
            return;
          }
          step(number + 1);
        }
      } catch (Throwable t) {
        future.completeExceptionally(t);
      }
    }

    void fail(GatewayException e) {
      if (!future.isDone()) {
        onFailure.accept(e);
        future.completeExceptionally(e);
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
