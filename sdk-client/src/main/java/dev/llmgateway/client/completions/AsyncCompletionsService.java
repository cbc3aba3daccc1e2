package dev.llmgateway.client.completions;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous text completions. Futures complete on an executor owned by the client (never the
 * common pool), exceptionally with a {@link dev.llmgateway.client.errors.GatewayException};
 * cancelling a future cancels the HTTP call. Implementations are thread-safe.
 */
public interface AsyncCompletionsService {

  /**
   * Creates a completion.
   *
   * @param request the request
   * @return the future completion
   */
  default CompletableFuture<Completion> create(CompletionRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a completion with per-call options.
   *
   * @param request the request
   * @param options the options
   * @return the future completion
   */
  CompletableFuture<Completion> create(CompletionRequest request, RequestOptions options);

  /**
   * Opens a completion stream; the future completes when the response headers arrived.
   *
   * @param request the request
   * @return the future stream
   */
  default CompletableFuture<StreamResponse<Completion>> stream(CompletionRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * Opens a completion stream with per-call options.
   *
   * @param request the request
   * @param options the options
   * @return the future stream
   */
  CompletableFuture<StreamResponse<Completion>> stream(
      CompletionRequest request, RequestOptions options);
}
