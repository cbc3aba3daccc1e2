package dev.llmgateway.client.internal.http;

import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * Links an async call's future to the HTTP call of its current attempt, so that cancelling the
 * future cancels the HTTP call. Thread-safe.
 */
final class CallHandle {
  private volatile @Nullable Call call;
  private volatile boolean cancelled;

  /**
   * Attaches the call of a new attempt; cancels it at once if the handle was cancelled.
   *
   * @param call the call
   */
  public void attach(Call call) {
    this.call = call;
    if (cancelled) {
      call.cancel();
    }
  }

  /** Cancels the current and every later attempt. */
  public void cancel() {
    cancelled = true;
    Call c = call;
    if (c != null) {
      c.cancel();
    }
  }

  /**
   * Returns whether {@link #cancel()} was called.
   *
   * @return true if cancelled
   */
  public boolean cancelled() {
    return cancelled;
  }
}
