package dev.llmgateway.client.errors;

import org.jspecify.annotations.Nullable;

/**
 * Thrown while reading a streamed response after the gateway answered 200: an error event inside
 * the stream, a malformed event, or a stream that ended before {@code [DONE]} and before any finish
 * reason (truncation). Never retried, since the server may already have generated output.
 */
public final class StreamException extends GatewayException {
  private static final long serialVersionUID = 1L;

  /** The position of the failing event. */
  private final long chunkIndex;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param chunkIndex the zero-based position of the event that failed (the number of chunks
   *     delivered before the failure)
   * @param cause the underlying cause, or null
   */
  public StreamException(
      String message, ErrorContext context, long chunkIndex, @Nullable Throwable cause) {
    super(message, context, cause);
    this.chunkIndex = chunkIndex;
  }

  /**
   * Returns the zero-based position of the failing event, equal to the number of chunks delivered
   * before the failure.
   *
   * @return the chunk index
   */
  public long chunkIndex() {
    return chunkIndex;
  }
}
