package dev.llmgateway.client.internal.sse;

import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * One dispatched server-sent event. The reader reuses a single instance: its {@link #data()} buffer
 * is valid until the next call to {@link SseReader#next()} and may be consumed.
 */
public final class SseEvent {
  final Buffer data = new Buffer();
  @Nullable String type;
  @Nullable String id;

  SseEvent() {}

  /**
   * Returns the event type from the {@code event:} field, or null for the default {@code message}.
   *
   * @return the type
   */
  public @Nullable String type() {
    return type;
  }

  /**
   * Returns the last event id seen on the stream, or null.
   *
   * @return the id
   */
  public @Nullable String id() {
    return id;
  }

  /**
   * Returns the event's data: the {@code data:} lines joined with {@code \n}, as UTF-8 bytes.
   *
   * @return the data buffer
   */
  public Buffer data() {
    return data;
  }
}
