package dev.llmgateway.client.internal.service;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.internal.http.CallHandle;
import dev.llmgateway.client.internal.http.Endpoint;
import dev.llmgateway.client.internal.http.HttpTransport;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.ModelList;
import dev.llmgateway.client.models.Model;
import dev.llmgateway.client.models.ModelsService;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@link ModelsService} over the transport. Thread-safe. */
public final class ModelsServiceImpl implements ModelsService {
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

  @Override
  public List<Model> list(RequestOptions options) {
    return list(options, null);
  }

  List<Model> list(RequestOptions options, @Nullable CallHandle handle) {
    Objects.requireNonNull(options, "options == null");
    return transport.execute(
        endpoint,
        null,
        defaults.mergedWith(options),
        in -> Json.read(in, ModelList.class).data(),
        handle);
  }
}
