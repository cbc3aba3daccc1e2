package dev.llmgateway.client.chat;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous chat completions. Futures complete on an executor owned by the client (never the
 * common pool), exceptionally with a {@link dev.llmgateway.client.errors.GatewayException};
 * cancelling a future cancels the HTTP call. Implementations are thread-safe.
 */
public interface AsyncChatService {

  /**
   * Creates a chat completion.
   *
   * @param request the request
   * @return the future completion
   */
  default CompletableFuture<ChatCompletion> create(ChatCompletionRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a chat completion with per-call options.
   *
   * @param request the request
   * @param options the options
   * @return the future completion
   */
  CompletableFuture<ChatCompletion> create(ChatCompletionRequest request, RequestOptions options);

  /**
   * Opens a chat completion stream; the future completes when the response headers arrived.
   *
   * @param request the request
   * @return the future stream
   */
  default CompletableFuture<StreamResponse<ChatCompletionChunk>> stream(
      ChatCompletionRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * Opens a chat completion stream with per-call options.
   *
   * @param request the request
   * @param options the options
   * @return the future stream
   */
  CompletableFuture<StreamResponse<ChatCompletionChunk>> stream(
      ChatCompletionRequest request, RequestOptions options);
}
