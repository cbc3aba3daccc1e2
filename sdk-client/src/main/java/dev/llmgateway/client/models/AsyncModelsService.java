package dev.llmgateway.client.models;

import dev.llmgateway.client.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous model listing. Futures complete on an executor owned by the client; cancelling a
 * future cancels the HTTP call. Implementations are thread-safe.
 */
public interface AsyncModelsService {

  /**
   * Lists the models.
   *
   * @return the future models
   */
  default CompletableFuture<List<Model>> list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists the models with per-call options.
   *
   * @param options the options
   * @return the future models
   */
  CompletableFuture<List<Model>> list(RequestOptions options);
}
