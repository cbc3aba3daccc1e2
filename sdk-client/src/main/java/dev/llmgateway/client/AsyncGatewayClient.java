package dev.llmgateway.client;

import dev.llmgateway.client.chat.AsyncChatService;
import dev.llmgateway.client.completions.AsyncCompletionsService;
import dev.llmgateway.client.models.AsyncModelsService;

/**
 * The asynchronous view of a {@link GatewayClient}, sharing its connections, settings and options.
 * Futures complete on an executor owned by the client, never the common pool; cancelling a future
 * cancels its HTTP call. Obtain it with {@link GatewayClient#async()}. This class is thread-safe.
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
