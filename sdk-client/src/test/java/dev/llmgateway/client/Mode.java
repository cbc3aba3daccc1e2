package dev.llmgateway.client;

import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs the same call through the sync or the async API, so tests can cover both. */
public enum Mode {
  SYNC,
  ASYNC;

  public ChatCompletion create(
      GatewayClient client, ChatCompletionRequest request, RequestOptions o) {
    return this == SYNC
        ? client.chat().create(request, o)
        : join(client.async().chat().create(request, o));
  }

  public ChatCompletion create(GatewayClient client, ChatCompletionRequest request) {
    return create(client, request, RequestOptions.none());
  }

  public StreamResponse<ChatCompletionChunk> stream(
      GatewayClient client, ChatCompletionRequest request) {
    return this == SYNC
        ? client.chat().stream(request)
        : join(client.async().chat().stream(request));
  }

  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new AssertionError(cause);
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }
}
