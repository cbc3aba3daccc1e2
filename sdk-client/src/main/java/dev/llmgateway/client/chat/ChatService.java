package dev.llmgateway.client.chat;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;

/**
 * Chat completions ({@code POST /v1/chat/completions}). Obtain it from {@code client.chat()}.
 * Implementations are thread-safe.
 *
 * <pre>{@code
 * ChatCompletion c = client.chat().create(ChatCompletionRequest.builder()
 *     .model("/gcs/google/gemma-3-1b-it").addUserMessage("Hello").build());
 * }</pre>
 */
public interface ChatService {

  /**
   * Creates a chat completion, retrying per the client's retry settings.
   *
   * @param request the request
   * @return the completion
   * @throws dev.llmgateway.client.errors.GatewayException on failure
   */
  default ChatCompletion create(ChatCompletionRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a chat completion with per-call options.
   *
   * @param request the request
   * @param options the options
   * @return the completion
   * @throws dev.llmgateway.client.errors.GatewayException on failure
   */
  ChatCompletion create(ChatCompletionRequest request, RequestOptions options);

  /**
   * Streams a chat completion. The request is sent with {@code stream: true}; retries happen only
   * until the response starts. Close the returned stream.
   *
   * @param request the request
   * @return the open stream
   * @throws dev.llmgateway.client.errors.GatewayException if the stream cannot be opened
   */
  default StreamResponse<ChatCompletionChunk> stream(ChatCompletionRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * Streams a chat completion with per-call options.
   *
   * @param request the request
   * @param options the options
   * @return the open stream
   * @throws dev.llmgateway.client.errors.GatewayException if the stream cannot be opened
   */
  StreamResponse<ChatCompletionChunk> stream(ChatCompletionRequest request, RequestOptions options);
}
