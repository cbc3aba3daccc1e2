package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.common.Usage;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one stream chunk type and answers the questions the stream reader asks about it.
 *
 * @param <T> the chunk type
 */
public interface ChunkCodec<T> {

  /**
   * Decodes the data of one event.
   *
   * @param data the event's JSON bytes
   * @return the chunk
   */
  T decode(InputStream data);

  /**
   * Returns whether any choice of the chunk carries a finish reason.
   *
   * @param chunk the chunk
   * @return true if the chunk finishes a choice
   */
  boolean hasFinishReason(T chunk);

  /**
   * Returns whether the chunk carries generated text (for the first-token event).
   *
   * @param chunk the chunk
   * @return true if it has text
   */
  boolean hasToken(T chunk);

  /**
   * Returns the usage carried by the chunk, or null.
   *
   * @param chunk the chunk
   * @return the usage
   */
  @Nullable Usage usage(T chunk);
}
