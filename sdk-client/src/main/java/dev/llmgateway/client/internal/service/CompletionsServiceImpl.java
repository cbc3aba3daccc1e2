package dev.llmgateway.client.internal.service;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.completions.AsyncCompletionsService;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.completions.CompletionRequest;
import dev.llmgateway.client.completions.CompletionsService;
import dev.llmgateway.client.internal.http.BodyHandler;
import dev.llmgateway.client.internal.http.Endpoint;
import dev.llmgateway.client.internal.http.HttpTransport;
import dev.llmgateway.client.internal.http.NotTheResult;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.stream.CompletionChunkCodec;
import dev.llmgateway.client.internal.stream.StreamOpener;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.RequestBody;

/**
 * {@link CompletionsService} over the transport; {@link #async()} is its async twin. Thread-safe.
 */
public final class CompletionsServiceImpl implements CompletionsService {
  private static final BodyHandler<Completion> READER =
      BodyHandler.of(
          in -> {
            Completion c = Json.read(in, Completion.class);
            return NotTheResult.check(c, !c.choices().isEmpty(), "a text completion");
          });

  private static final StreamOpener<Completion> STREAM =
      StreamOpener.of(CompletionChunkCodec.INSTANCE);

  private final HttpTransport transport;
  private final RequestOptions defaults;
  private final Endpoint endpoint;
  private final AsyncCompletionsService async = new Async();

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

  /**
   * Returns the async twin of this service.
   *
   * @return the async service
   */
  public AsyncCompletionsService async() {
    return async;
  }

  @Override
  public Completion create(CompletionRequest request, RequestOptions options) {
    return transport.execute(endpoint, body(request, false), merged(options), READER);
  }

  @Override
  public StreamResponse<Completion> stream(CompletionRequest request, RequestOptions options) {
    return transport.execute(endpoint, body(request, true), merged(options), STREAM);
  }

  private RequestOptions merged(RequestOptions options) {
    return defaults.mergedWith(Objects.requireNonNull(options, "options == null"));
  }

  private static RequestBody body(CompletionRequest request, boolean stream) {
    Objects.requireNonNull(request, "request == null");
    if (request.stream().orElse(false) != stream) {
      request = request.toBuilder().stream(stream).build();
    }
    return RequestBody.create(Json.write(request), HttpTransport.JSON);
  }

  private final class Async implements AsyncCompletionsService {
    @Override
    public CompletableFuture<Completion> create(CompletionRequest request, RequestOptions options) {
      return transport.executeAsync(endpoint, body(request, false), merged(options), READER);
    }

    @Override
    public CompletableFuture<StreamResponse<Completion>> stream(
        CompletionRequest request, RequestOptions options) {
      return transport.executeAsync(endpoint, body(request, true), merged(options), STREAM);
    }
  }
}
