package dev.llmgateway.client.completions;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;

/**
 * Text completions ({@code POST /v1/completions}). Obtain it from {@code client.completions()}.
 * Implementations are thread-safe.
 *
 * <pre>{@code
 * Completion c = client.completions().create(CompletionRequest.builder()
 *     .model("/gcs/google/gemma-3-1b-it").prompt("Paris is").maxTokens(10).build());
 * String text = c.choices().get(0).text();
 * }</pre>
 */
public interface CompletionsService {

  /**
   * Creates a completion, retrying per the client's retry settings.
   *
   * @param request the request
   * @return the completion
   * @throws dev.llmgateway.client.errors.GatewayException on failure
   */
  default Completion create(CompletionRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a completion with per-call options.
   *
   * @param request the request
   * @param options the options
   * @return the completion
   * @throws dev.llmgateway.client.errors.GatewayException on failure
   */
  Completion create(CompletionRequest request, RequestOptions options);

  /**
   * Streams a completion. The request is sent with {@code stream: true}; retries happen only until
   * the response starts. Close the returned stream.
   *
   * @param request the request
   * @return the open stream
   * @throws dev.llmgateway.client.errors.GatewayException if the stream cannot be opened
   */
  default StreamResponse<Completion> stream(CompletionRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * Streams a completion with per-call options.
   *
   * @param request the request
   * @param options the options
   * @return the open stream
   * @throws dev.llmgateway.client.errors.GatewayException if the stream cannot be opened
   */
  StreamResponse<Completion> stream(CompletionRequest request, RequestOptions options);
}
