package dev.llmgateway.client.internal.service;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.AsyncChatService;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.chat.ChatService;
import dev.llmgateway.client.internal.http.BodyHandler;
import dev.llmgateway.client.internal.http.Endpoint;
import dev.llmgateway.client.internal.http.HttpTransport;
import dev.llmgateway.client.internal.http.NotTheResult;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.stream.ChatChunkCodec;
import dev.llmgateway.client.internal.stream.StreamOpener;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.RequestBody;

/** {@link ChatService} over the transport; {@link #async()} is its async twin. Thread-safe. */
public final class ChatServiceImpl implements ChatService {
  private static final BodyHandler<ChatCompletion> READER =
      BodyHandler.of(
          in -> {
            ChatCompletion c = Json.read(in, ChatCompletion.class);
            return NotTheResult.check(c, !c.choices().isEmpty(), "a chat completion");
          });

  private static final StreamOpener<ChatCompletionChunk> STREAM =
      StreamOpener.of(ChatChunkCodec.INSTANCE);

  private final HttpTransport transport;
  private final RequestOptions defaults;
  private final Endpoint endpoint;
  private final AsyncChatService async = new Async();

  /**
   * Creates the service.
   *
   * @param transport the transport
   * @param defaults options applied to every call, overridden by per-call options
   */
  public ChatServiceImpl(HttpTransport transport, RequestOptions defaults) {
    this.transport = transport;
    this.defaults = defaults;
    this.endpoint = transport.endpoint("POST", "chat/completions");
  }

  /**
   * Returns the async twin of this service.
   *
   * @return the async service
   */
  public AsyncChatService async() {
    return async;
  }

  @Override
  public ChatCompletion create(ChatCompletionRequest request, RequestOptions options) {
    return transport.execute(endpoint, body(request, false), merged(options), READER);
  }

  @Override
  public StreamResponse<ChatCompletionChunk> stream(
      ChatCompletionRequest request, RequestOptions options) {
    return transport.execute(endpoint, body(request, true), merged(options), STREAM);
  }

  private RequestOptions merged(RequestOptions options) {
    return defaults.mergedWith(Objects.requireNonNull(options, "options == null"));
  }

  private static RequestBody body(ChatCompletionRequest request, boolean stream) {
    Objects.requireNonNull(request, "request == null");
    if (request.stream().orElse(false) != stream) {
      request = request.toBuilder().stream(stream).build();
    }
    return RequestBody.create(Json.write(request), HttpTransport.JSON);
  }

  private final class Async implements AsyncChatService {
    @Override
    public CompletableFuture<ChatCompletion> create(
        ChatCompletionRequest request, RequestOptions options) {
      return transport.executeAsync(endpoint, body(request, false), merged(options), READER);
    }

    @Override
    public CompletableFuture<StreamResponse<ChatCompletionChunk>> stream(
        ChatCompletionRequest request, RequestOptions options) {
      return transport.executeAsync(endpoint, body(request, true), merged(options), STREAM);
    }
  }
}
