package dev.llmgateway.client.internal.sse;

import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * A pull-based server-sent events parser following the WHATWG event-stream rules: lines end in LF,
 * CRLF or CR; lines starting with {@code :} are comments; {@code event:}, {@code id:} and {@code
 * data:} fields, with one optional space after the colon; several {@code data:} lines join with LF;
 * a blank line dispatches the event; an unfinished event at end of input is dropped; a leading
 * UTF-8 byte order mark is skipped. Memory is bounded while reading: a line longer than the event
 * limit fails as soon as that many bytes are buffered without its end, not once it has ended.
 *
 * <p>We parse SSE ourselves because okhttp-sse's public API is push-only (an {@code
 * EventSourceListener} callback on OkHttp's threads), while {@code StreamResponse} is pulled by the
 * caller, and because this reader works on okio buffers: data bytes move from the socket buffer
 * into the event buffer without decoding to strings, so a UTF-8 sequence split across reads needs
 * no special handling and each event reaches Jackson as bytes. No regular expressions.
 *
 * <p>Not thread-safe; one reader per response.
 */
public final class SseReader {
  private static final ByteString LINE_ENDS = ByteString.encodeUtf8("\r\n");
  private static final ByteString DATA = ByteString.encodeUtf8("data");
  private static final ByteString EVENT = ByteString.encodeUtf8("event");
  private static final ByteString ID = ByteString.encodeUtf8("id");
  private static final ByteString BYTE_ORDER_MARK = ByteString.decodeHex("efbbbf");

  /** Room for a field name, its colon and space on a line carrying a whole event's data. */
  private static final long FIELD_OVERHEAD = 16;

  /** Thrown when an event or one of its lines exceeds the limit. */
  public static final class EventTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    EventTooLargeException(long limit) {
      super("larger than " + limit + " bytes");
    }
  }

  private final BufferedSource source;
  private final long maxEventBytes;
  private final SseEvent event = new SseEvent();
  private @Nullable String lastEventId;
  private boolean started;

  /** True after a CR line end: a directly following LF belongs to it (CRLF). */
  private boolean skipLf;

  /**
   * Creates a reader.
   *
   * @param source the response body
   * @param maxEventBytes the largest event data accepted, to bound memory
   */
  public SseReader(BufferedSource source, long maxEventBytes) {
    this.source = source;
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * Reads up to the next dispatched event.
   *
   * @return the event (reused between calls), or null at end of input
   * @throws IOException on read failures
   * @throws EventTooLargeException if an event or a line exceeds the size limit
   */
  public @Nullable SseEvent next() throws IOException {
    if (!started) {
      started = true;
      if (source.request(BYTE_ORDER_MARK.size()) && source.rangeEquals(0, BYTE_ORDER_MARK)) {
        source.skip(BYTE_ORDER_MARK.size()); // WHATWG: one leading U+FEFF is ignored
      }
    }
    Buffer data = event.data;
    data.clear();
    String type = null;
    boolean hasData = false;
    while (true) {
      if (skipLf) {
        if (!source.request(1)) {
          return null;
        }
        if (source.getBuffer().getByte(0) == '\n') {
          source.skip(1);
        }
        skipLf = false;
      }
      long end = lineEnd();
      if (end < 0) {
        // End of input: an event without its terminating blank line is not dispatched.
        return null;
      }
      Buffer buf = source.getBuffer();
      if (end == 0) {
        consumeLineEnd();
        if (hasData) {
          event.type = type;
          event.id = lastEventId;
          return event;
        }
        type = null;
        continue;
      }
      byte first = buf.getByte(0);
      if (first == ':') {
        source.skip(end);
      } else if (isField(buf, end, DATA)) {
        long valueLength = skipFieldName(end, DATA.size());
        if (data.size() + valueLength + (hasData ? 1 : 0) > maxEventBytes) {
          throw new EventTooLargeException(maxEventBytes);
        }
        if (hasData) {
          data.writeByte('\n'); // data lines are joined with LF
        }
        source.readFully(data, valueLength);
        hasData = true;
      } else if (isField(buf, end, EVENT)) {
        long valueLength = skipFieldName(end, EVENT.size());
        type = source.readUtf8(valueLength);
      } else if (isField(buf, end, ID)) {
        long valueLength = skipFieldName(end, ID.size());
        String id = source.readUtf8(valueLength);
        if (id.indexOf('\0') < 0) {
          lastEventId = id;
        }
      } else {
        // retry: and unknown fields are ignored.
        source.skip(end);
      }
      consumeLineEnd();
    }
  }

  /**
   * Returns the length of the current line, buffering at most the event limit (plus room for the
   * field name) while looking for its end; -1 at end of input without one.
   */
  private long lineEnd() throws IOException {
    Buffer buf = source.getBuffer();
    long scanned = 0;
    while (true) {
      long end = buf.indexOfElement(LINE_ENDS, scanned);
      if (end >= 0) {
        return end;
      }
      scanned = buf.size();
      if (scanned > maxEventBytes + FIELD_OVERHEAD) {
        throw new EventTooLargeException(maxEventBytes);
      }
      if (!source.request(scanned + 1)) {
        return -1;
      }
    }
  }

  /** Whether the line of {@code length} bytes is {@code name} alone or {@code name:...}. */
  private static boolean isField(Buffer buf, long length, ByteString name) {
    int n = name.size();
    if (length < n || !buf.rangeEquals(0, name)) {
      return false;
    }
    return length == n || buf.getByte(n) == ':';
  }

  /** Skips "name", the colon and one optional space; returns the value length. */
  private long skipFieldName(long lineLength, int nameLength) throws IOException {
    if (lineLength == nameLength) {
      source.skip(nameLength);
      return 0;
    }
    long skip = nameLength + 1;
    if (lineLength > skip && source.getBuffer().getByte(skip) == ' ') {
      skip++;
    }
    source.skip(skip);
    return lineLength - skip;
  }

  private void consumeLineEnd() throws IOException {
    byte b = source.readByte();
    if (b == '\r') {
      // Do not block waiting for a possible LF: check it when the next line is read.
      if (source.getBuffer().size() > 0) {
        if (source.getBuffer().getByte(0) == '\n') {
          source.skip(1);
        }
      } else {
        skipLf = true;
      }
    }
  }
}
