package dev.llmgateway.client.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs calls for the async views on an executor the client owns (or one the user supplied), never
 * the common pool, so futures complete on that executor. Cancelling a future cancels the HTTP call
 * of the current attempt and interrupts a retry wait. This class is thread-safe.
 */
public final class AsyncRunner {
  private final ExecutorService executor;
  private final boolean owned;

  /**
   * Creates a runner.
   *
   * @param executor a user-supplied executor, or null to create a cached pool of daemon threads
   *     named {@code llm-gateway-async-N}
   */
  public AsyncRunner(@Nullable ExecutorService executor) {
    this.owned = executor == null;
    this.executor = executor != null ? executor : Executors.newCachedThreadPool(threads());
  }

  /**
   * Runs work asynchronously.
   *
   * @param work the call, given a handle that links it to the future
   * @param <T> the result type
   * @return a future completed on the runner's executor
   */
  public <T> CompletableFuture<T> submit(Function<CallHandle, T> work) {
    CallHandle handle = new CallHandle();
    CompletableFuture<T> future = new CompletableFuture<>();
    Future<?> task;
    try {
      task =
          executor.submit(
              () -> {
                if (future.isDone()) {
                  return;
                }
                try {
                  T result = work.apply(handle);
                  if (!future.complete(result) && result instanceof AutoCloseable) {
                    closeQuietly((AutoCloseable) result); // cancelled meanwhile: release it
                  }
                } catch (Throwable t) {
                  future.completeExceptionally(t);
                }
              });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(
          new IllegalStateException("the GatewayClient is closed; async calls are rejected", e));
      return future;
    }
    future.whenComplete(
        (r, e) -> {
          if (future.isCancelled()) {
            handle.cancel();
            task.cancel(true);
          }
        });
    return future;
  }

  /** Shuts the executor down if the runner created it. */
  public void shutdown() {
    if (owned) {
      executor.shutdown();
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // best effort
    }
  }

  private static ThreadFactory threads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "llm-gateway-async-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
