package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.CallInfo;
import dev.llmgateway.client.GatewayListener;
import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.internal.log.RedactingLogger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Calls every listener, isolating the call from listener failures. Thread-safe. */
public final class Listeners {
  private final List<GatewayListener> listeners;
  private final RedactingLogger log;

  Listeners(List<GatewayListener> listeners, RedactingLogger log) {
    this.listeners = List.copyOf(listeners);
    this.log = log;
  }

  /**
   * Returns whether there are no listeners, so callers can skip building events.
   *
   * @return true without listeners
   */
  public boolean isEmpty() {
    return listeners.isEmpty();
  }

  void request(@Nullable CallInfo call, int attempt) {
    if (call == null) {
      return;
    }
    each(call, l -> l.onRequest(call, attempt));
  }

  void response(@Nullable CallInfo call, int attempt, int status, Duration elapsed) {
    if (call == null) {
      return;
    }
    each(call, l -> l.onResponse(call, attempt, status, elapsed));
  }

  void retry(@Nullable CallInfo call, int attempt, Duration wait, GatewayException cause) {
    if (call == null) {
      return;
    }
    each(call, l -> l.onRetry(call, attempt, wait, cause));
  }

  /**
   * Reports the first token of a stream.
   *
   * @param call the call, or null without listeners
   * @param sinceStart time since the call started
   */
  public void firstToken(@Nullable CallInfo call, Duration sinceStart) {
    if (call == null) {
      return;
    }
    each(call, l -> l.onFirstToken(call, sinceStart));
  }

  /**
   * Reports the normal end of a stream.
   *
   * @param call the call, or null without listeners
   * @param chunks chunks delivered
   * @param usage the usage, or null
   */
  public void streamEnd(@Nullable CallInfo call, long chunks, @Nullable Usage usage) {
    if (call == null) {
      return;
    }
    each(call, l -> l.onStreamEnd(call, chunks, usage));
  }

  /**
   * Reports the final failure of a call.
   *
   * @param call the call, or null without listeners
   * @param error the error
   */
  public void error(@Nullable CallInfo call, GatewayException error) {
    if (call == null) {
      return;
    }
    each(call, l -> l.onError(call, error));
  }

  private void each(CallInfo call, Consumer<GatewayListener> event) {
    for (GatewayListener l : listeners) {
      try {
        event.accept(l);
      } catch (RuntimeException e) {
        log.log(Level.WARNING, "listener " + l.getClass().getName() + " failed; ignored", e);
      }
    }
  }
}
