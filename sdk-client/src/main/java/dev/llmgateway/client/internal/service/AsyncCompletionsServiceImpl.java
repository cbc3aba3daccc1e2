package dev.llmgateway.client.internal.service;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.completions.AsyncCompletionsService;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.completions.CompletionRequest;
import dev.llmgateway.client.internal.http.AsyncRunner;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AsyncCompletionsService} running the sync service on the client's executor. Thread-safe.
 */
public final class AsyncCompletionsServiceImpl implements AsyncCompletionsService {
  private final CompletionsServiceImpl sync;
  private final AsyncRunner runner;

  /**
   * Creates the service.
   *
   * @param sync the sync service
   * @param runner the async runner
   */
  public AsyncCompletionsServiceImpl(CompletionsServiceImpl sync, AsyncRunner runner) {
    this.sync = sync;
    this.runner = runner;
  }

  @Override
  public CompletableFuture<Completion> create(CompletionRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    return runner.submit(handle -> sync.create(request, options, handle));
  }

  @Override
  public CompletableFuture<StreamResponse<Completion>> stream(
      CompletionRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    return runner.submit(handle -> sync.stream(request, options, handle));
  }
}
