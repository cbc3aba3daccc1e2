package dev.llmgateway.client.internal.service;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.internal.http.AsyncRunner;
import dev.llmgateway.client.models.AsyncModelsService;
import dev.llmgateway.client.models.Model;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link AsyncModelsService} running the sync service on the client's executor. Thread-safe. */
public final class AsyncModelsServiceImpl implements AsyncModelsService {
  private final ModelsServiceImpl sync;
  private final AsyncRunner runner;

  /**
   * Creates the service.
   *
   * @param sync the sync service
   * @param runner the async runner
   */
  public AsyncModelsServiceImpl(ModelsServiceImpl sync, AsyncRunner runner) {
    this.sync = sync;
    this.runner = runner;
  }

  @Override
  public CompletableFuture<List<Model>> list(RequestOptions options) {
    Objects.requireNonNull(options, "options == null");
    return runner.submit(handle -> sync.list(options, handle));
  }
}
