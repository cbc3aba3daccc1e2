package dev.llmgateway.client;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * A streamed response: the chunks of a server-sent event stream, read as they arrive. It holds an
 * open HTTP connection, so use it in try-with-resources. It can be consumed once, through either
 * {@link #stream()} or {@link #iterator()}. Closing it before the end cancels the HTTP call, which
 * makes the server stop generating.
 *
 * <pre>{@code
 * try (StreamResponse<ChatCompletionChunk> s = client.chat().stream(request)) {
 *   s.stream().forEach(chunk -> System.out.print(chunk.choices().get(0).delta().content()));
 * }
 * }</pre>
 *
 * <p>Reading throws {@link dev.llmgateway.client.errors.StreamException} when the server reports an
 * error inside the stream ({@code data: {"error":...}} or {@code event: error}), the stream ends
 * early, or no event arrives within the idle timeout; the failed response is closed and its HTTP
 * call cancelled. The stream ends normally at {@code data: [DONE]}. A stream whose connection ends
 * without {@code [DONE]} ends normally too if every choice it delivered already carried a finish
 * reason (the answer is complete; only the usage chunk that would follow may be missing), and is a
 * truncation error otherwise.
 *
 * <p>{@link #close()} may be called from any thread, for example by a "stop generating" button
 * while another thread is blocked reading: it never throws, the reader then ends as if the stream
 * had ended ({@code hasNext()} returns false), and the connection is released. A stream that is
 * dropped without being closed is cancelled once it is garbage-collected, but close it anyway:
 * until then the server keeps generating.
 *
 * @param <T> the chunk type
 */
public interface StreamResponse<T> extends AutoCloseable {

  /**
   * Returns the chunks as a sequential stream; closing the returned stream closes this response.
   *
   * @return the chunks
   * @throws IllegalStateException if the response was already consumed or closed
   */
  Stream<T> stream();

  /**
   * Returns an iterator over the chunks.
   *
   * @return the iterator
   * @throws IllegalStateException if the response was already consumed or closed
   */
  Iterator<T> iterator();

  /**
   * Returns the request id sent as {@code x-request-id}.
   *
   * @return the request id
   */
  String requestId();

  /**
   * Closes the response; cancels the HTTP call if the stream has not ended. Idempotent, callable
   * from any thread, never throws.
   */
  @Override
  void close();
}
