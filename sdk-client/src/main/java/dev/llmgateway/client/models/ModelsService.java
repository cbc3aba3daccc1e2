package dev.llmgateway.client.models;

import dev.llmgateway.client.RequestOptions;
import java.util.List;
import java.util.Optional;

/**
 * The models served behind the gateway ({@code GET /v1/models}), including LoRA adapters (which
 * carry a {@code parent}). Obtain it from {@code client.models()}. Implementations are thread-safe.
 */
public interface ModelsService {

  /**
   * Lists the models.
   *
   * @return the models
   * @throws dev.llmgateway.client.errors.GatewayException on failure
   */
  default List<Model> list() {
    return list(RequestOptions.none());
  }

  /**
   * Lists the models with per-call options.
   *
   * @param options the options
   * @return the models
   * @throws dev.llmgateway.client.errors.GatewayException on failure
   */
  List<Model> list(RequestOptions options);

  /**
   * Finds a model by id. vLLM has no endpoint for one model, so this lists the models and picks the
   * one with the id.
   *
   * @param id the model id, for example {@code /gcs/google/gemma-3-1b-it}
   * @return the model, or empty if no model has the id
   * @throws dev.llmgateway.client.errors.GatewayException on failure
   */
  default Optional<Model> retrieve(String id) {
    java.util.Objects.requireNonNull(id, "id == null");
    return list().stream().filter(m -> id.equals(m.id())).findFirst();
  }
}
