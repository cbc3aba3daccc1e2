package dev.llmgateway.client.internal.service;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.completions.CompletionRequest;
import dev.llmgateway.client.completions.CompletionsService;
import dev.llmgateway.client.internal.http.CallHandle;
import dev.llmgateway.client.internal.http.Endpoint;
import dev.llmgateway.client.internal.http.HttpTransport;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.stream.CompletionChunkCodec;
import java.util.Objects;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/** {@link CompletionsService} over the transport. Thread-safe. */
public final class CompletionsServiceImpl implements CompletionsService {
  private final HttpTransport transport;
  private final RequestOptions defaults;
  private final Endpoint endpoint;

  /**
   * Creates the service.
   *
   * @param transport the transport
   * @param defaults options applied to every call, overridden by per-call options
   */
  public CompletionsServiceImpl(HttpTransport transport, RequestOptions defaults) {
    this.transport = transport;
    this.defaults = defaults;
    this.endpoint = transport.endpoint("POST", "completions");
  }

  @Override
  public Completion create(CompletionRequest request, RequestOptions options) {
    return create(request, options, null);
  }

  @Override
  public StreamResponse<Completion> stream(CompletionRequest request, RequestOptions options) {
    return stream(request, options, null);
  }

  Completion create(
      CompletionRequest request, RequestOptions options, @Nullable CallHandle handle) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    if (request.stream().orElse(false)) {
      request = request.toBuilder().stream(false).build();
    }
    RequestBody body = RequestBody.create(Json.write(request), HttpTransport.JSON);
    return transport.execute(
        endpoint,
        body,
        defaults.mergedWith(options),
        in -> Json.read(in, Completion.class),
        handle);
  }

  StreamResponse<Completion> stream(
      CompletionRequest request, RequestOptions options, @Nullable CallHandle handle) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    if (!request.stream().orElse(false)) {
      request = request.toBuilder().stream(true).build();
    }
    RequestBody body = RequestBody.create(Json.write(request), HttpTransport.JSON);
    return transport.stream(
        endpoint, body, defaults.mergedWith(options), CompletionChunkCodec.INSTANCE, handle);
  }
}
