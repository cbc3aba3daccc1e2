package dev.llmgateway.client;

import dev.llmgateway.client.chat.AsyncChatService;
import dev.llmgateway.client.completions.AsyncCompletionsService;
import dev.llmgateway.client.models.AsyncModelsService;

/**
 * The asynchronous view of a {@link GatewayClient}, sharing its connections, settings and options.
 * Futures complete on an executor owned by the client, never the common pool; cancelling a future
 * cancels its HTTP call. Obtain it with {@link GatewayClient#async()}. This class is thread-safe.
 *
 * <p>Each attempt runs its HTTP exchange on a thread of that executor (OkHttp does blocking I/O, so
 * an in-flight exchange occupies a thread in any case): a non-streaming call until its answer
 * arrives, a stream until its response headers arrive. Waits between retries are scheduled on a
 * timer and hold no thread. The default executor is an unbounded cached pool of daemon threads;
 * supply a bounded one with {@link GatewayClient.Builder#asyncExecutor} to cap concurrency.
 */
public final class AsyncGatewayClient {
  private final AsyncChatService chat;
  private final AsyncCompletionsService completions;
  private final AsyncModelsService models;

  AsyncGatewayClient(
      AsyncChatService chat, AsyncCompletionsService completions, AsyncModelsService models) {
    this.chat = chat;
    this.completions = completions;
    this.models = models;
  }

  /**
   * Returns the chat completions service.
   *
   * @return the service
   */
  public AsyncChatService chat() {
    return chat;
  }

  /**
   * Returns the text completions service.
   *
   * @return the service
   */
  public AsyncCompletionsService completions() {
    return completions;
  }

  /**
   * Returns the models service.
   *
   * @return the service
   */
  public AsyncModelsService models() {
    return models;
  }
}
