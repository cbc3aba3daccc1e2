package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.buffer.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Where a model server writes one response: either one complete response, or a stream (headers,
 * events, end), or an abrupt close. Called on the call's context only. Implemented over a Vert.x
 * response for the model server's own port, and by the front door, which adds the governance layer.
 */
public interface ResponseSink {

  /**
   * Sends a complete response.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type}
   * @param body the body
   */
  void complete(int status, String contentType, Buffer body);

  /** Sends the headers of a 200 {@code text/event-stream} response. */
  void startStream();

  /**
   * Writes stream events (each ending with a blank line).
   *
   * @param events the bytes
   */
  void write(Buffer events);

  /**
   * Runs a task once the client has taken what was written (at once when its queue is not full), so
   * a slow reader slows generation instead of filling memory.
   *
   * @param task the task
   */
  void whenWritable(Runnable task);

  /**
   * Ends the stream.
   *
   * @param usage the {@code usage} object of the stream's usage chunk, or null when the stream
   *     carried none
   */
  void endStream(@Nullable Buffer usage);

  /** Closes the connection abruptly: no more bytes, no proper end. */
  void reset();

  /**
   * Registers a task run when the client goes away before the response ended.
   *
   * @param task the task
   */
  void onClientGone(Runnable task);
}
