package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.CallInfo;
import dev.llmgateway.client.internal.error.ErrorClassifier;
import dev.llmgateway.client.internal.http.Listeners;
import okhttp3.Call;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** What an open stream needs from the call that opened it. */
public final class StreamContext {
  final Call call;
  final Response response;
  final String requestId;
  final int attempts;
  final @Nullable CallInfo info;
  final long startNanos;
  final Listeners listeners;
  final ErrorClassifier classifier;

  /**
   * Creates the context.
   *
   * @param call the HTTP call
   * @param response the successful response
   * @param requestId the request id
   * @param attempts attempts made
   * @param info the call info for listeners, or null without listeners
   * @param startNanos {@link System#nanoTime()} at the start of the call
   * @param listeners the listeners
   * @param classifier the error classifier
   */
  public StreamContext(
      Call call,
      Response response,
      String requestId,
      int attempts,
      @Nullable CallInfo info,
      long startNanos,
      Listeners listeners,
      ErrorClassifier classifier) {
    this.call = call;
    this.response = response;
    this.requestId = requestId;
    this.attempts = attempts;
    this.info = info;
    this.startNanos = startNanos;
    this.listeners = listeners;
    this.classifier = classifier;
  }
}
