package dev.llmgateway.client.internal.error;

import dev.llmgateway.client.errors.ErrorSource;
import org.jspecify.annotations.Nullable;

/** The fields of an error body in any of the four dialects. */
final class ParsedError {
  final ErrorSource source;
  final @Nullable String code;
  final @Nullable String message;
  final @Nullable String param;
  final @Nullable Integer intCode;

  ParsedError(
      ErrorSource source,
      @Nullable String code,
      @Nullable String message,
      @Nullable String param,
      @Nullable Integer intCode) {
    this.source = source;
    this.code = code;
    this.message = message;
    this.param = param;
    this.intCode = intCode;
  }

  /** Whether a vLLM error says the prompt plus max tokens exceed the context length. */
  boolean contextLengthExceeded() {
    return "context_length_exceeded".equals(code)
        || "input_tokens".equals(param)
        || "max_tokens".equals(param);
  }
}
