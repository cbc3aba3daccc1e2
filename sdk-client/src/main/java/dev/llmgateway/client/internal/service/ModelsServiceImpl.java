package dev.llmgateway.client.internal.service;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.internal.http.BodyHandler;
import dev.llmgateway.client.internal.http.Endpoint;
import dev.llmgateway.client.internal.http.HttpTransport;
import dev.llmgateway.client.internal.http.NotTheResult;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.ModelList;
import dev.llmgateway.client.models.AsyncModelsService;
import dev.llmgateway.client.models.Model;
import dev.llmgateway.client.models.ModelsService;
import java.util.List;
import java.util.Objects;

/** {@link ModelsService} over the transport; {@link #async()} is its async twin. Thread-safe. */
public final class ModelsServiceImpl implements ModelsService {
  private static final BodyHandler<List<Model>> READER =
      BodyHandler.of(
          in -> {
            ModelList list = Json.read(in, ModelList.class);
            return NotTheResult.check(list, list.hasData(), "a model list").data();
          });

  private final HttpTransport transport;
  private final RequestOptions defaults;
  private final Endpoint endpoint;

  /**
   * Creates the service.
   *
   * @param transport the transport
   * @param defaults options applied to every call
   */
  public ModelsServiceImpl(HttpTransport transport, RequestOptions defaults) {
    this.transport = transport;
    this.defaults = defaults;
    this.endpoint = transport.endpoint("GET", "models");
  }

  /**
   * Returns the async twin of this service.
   *
   * @return the async service
   */
  public AsyncModelsService async() {
    return options -> transport.executeAsync(endpoint, null, merged(options), READER);
  }

  @Override
  public List<Model> list(RequestOptions options) {
    return transport.execute(endpoint, null, merged(options), READER);
  }

  private RequestOptions merged(RequestOptions options) {
    return defaults.mergedWith(Objects.requireNonNull(options, "options == null"));
  }
}
