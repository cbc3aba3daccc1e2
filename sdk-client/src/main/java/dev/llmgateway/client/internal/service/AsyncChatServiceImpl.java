package dev.llmgateway.client.internal.service;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.AsyncChatService;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.internal.http.AsyncRunner;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncChatService} running the sync service on the client's executor. Thread-safe. */
public final class AsyncChatServiceImpl implements AsyncChatService {
  private final ChatServiceImpl sync;
  private final AsyncRunner runner;

  /**
   * Creates the service.
   *
   * @param sync the sync service
   * @param runner the async runner
   */
  public AsyncChatServiceImpl(ChatServiceImpl sync, AsyncRunner runner) {
    this.sync = sync;
    this.runner = runner;
  }

  @Override
  public CompletableFuture<ChatCompletion> create(
      ChatCompletionRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    return runner.submit(handle -> sync.create(request, options, handle));
  }

  @Override
  public CompletableFuture<StreamResponse<ChatCompletionChunk>> stream(
      ChatCompletionRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    return runner.submit(handle -> sync.stream(request, options, handle));
  }
}
