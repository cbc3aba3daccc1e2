package dev.llmgateway.emulator.internal.serving;

import org.jspecify.annotations.Nullable;

/**
 * vLLM's context-length checks, with its messages (0.11 and later, which name the parameter): a
 * prompt longer than the context is refused with {@code param} {@code input_tokens}; a prompt plus
 * {@code max_tokens} over the context with {@code param} {@code max_tokens}.
 */
final class ContextLimits {
  private ContextLimits() {}

  /**
   * Returns how many tokens the request may generate.
   *
   * @param request the request
   * @param promptTokens its prompt tokens
   * @param maxModelLen the context length
   * @param defaultMaxTokens the limit when the request sets none (16 for text completions), or null
   *     for the rest of the context (chat)
   * @return the output token limit
   * @throws ServingError 400 when the request does not fit
   */
  static int maxOutput(
      InferenceRequest request,
      int promptTokens,
      int maxModelLen,
      @Nullable Integer defaultMaxTokens) {
    Integer maxTokens = request.maxTokens();
    if (promptTokens > maxModelLen || (maxTokens == null && promptTokens >= maxModelLen)) {
      throw ServingError.badRequest(
          "input_tokens",
          "This model's maximum context length is "
              + maxModelLen
              + " tokens. However, your"
              + " request has "
              + promptTokens
              + " input tokens. Please reduce the length of the"
              + " input messages. (parameter=input_tokens, value="
              + promptTokens
              + ")");
    }
    if (maxTokens != null && promptTokens + maxTokens > maxModelLen) {
      throw ServingError.badRequest(
          "max_tokens",
          "'max_tokens' or 'max_completion_tokens' is too large: "
              + maxTokens
              + ". This model's"
              + " maximum context length is "
              + maxModelLen
              + " tokens and your request has "
              + promptTokens
              + " input tokens ("
              + maxTokens
              + " > "
              + maxModelLen
              + " - "
              + promptTokens
              + "). (parameter=max_tokens, value="
              + maxTokens
              + ")");
    }
    if (maxTokens != null) {
      return maxTokens;
    }
    int rest = maxModelLen - promptTokens;
    return defaultMaxTokens == null ? rest : Math.min(defaultMaxTokens, rest);
  }
}
