package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.common.Usage;
import java.io.InputStream;
import java.util.Set;
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
   * Records the index of every choice in the chunk in {@code started}, and in {@code finished} if
   * it carries a finish reason.
   *
   * @param chunk the chunk
   * @param started indexes of the choices seen so far
   * @param finished indexes of the choices that finished so far
   */
  void trackChoices(T chunk, Set<Integer> started, Set<Integer> finished);

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
