package dev.llmgateway.emulator.internal.serving;

/**
 * The token counts of one request.
 *
 * @param promptTokens the prompt tokens
 * @param completionTokens the generated tokens
 */
public record TokenUsage(int promptTokens, int completionTokens) {

  /** Returns the prompt plus the generated tokens. */
  public int totalTokens() {
    return promptTokens + completionTokens;
  }
}
