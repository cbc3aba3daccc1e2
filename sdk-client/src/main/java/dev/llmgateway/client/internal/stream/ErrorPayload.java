package dev.llmgateway.client.internal.stream;

import java.io.IOException;
import okio.Buffer;
import okio.ByteString;

/**
 * Spots the events of a stream that may be error documents, on the bytes and without parsing, so
 * that ordinary chunks cost one scan: a top-level {@code "error"} key with a value other than
 * {@code null}, in any position ({@code {"id":...,"error":{...}}} as well as {@code
 * {"error":{...}}}), or {@code "object": "error"} (old vLLM). A candidate is confirmed by parsing;
 * the scan alone would also match an {@code "error"} key nested deeper.
 */
final class ErrorPayload {
  private static final ByteString ERROR = ByteString.encodeUtf8("\"error\"");
  private static final ByteString OBJECT = ByteString.encodeUtf8("\"object\"");
  private static final ByteString NULL = ByteString.encodeUtf8("null");

  private ErrorPayload() {}

  /**
   * Whether the event's data may be an error document.
   *
   * @throws IOException never in practice: okio declares it on every {@code indexOf}
   */
  static boolean isCandidate(Buffer data) throws IOException {
    long size = data.size();
    long i = skipWhitespace(data, 0, size);
    if (i >= size || data.getByte(i) != '{') {
      return false;
    }
    for (long at = data.indexOf(ERROR, i); at >= 0; at = data.indexOf(ERROR, at + 1)) {
      long value = valueOfKey(data, at + ERROR.size(), size);
      if (value >= 0 && !data.rangeEquals(value, NULL)) {
        return true; // "error": <not null>; a string "error" is followed by ',' or '}' instead
      }
    }
    for (long at = data.indexOf(OBJECT, i); at >= 0; at = data.indexOf(OBJECT, at + 1)) {
      long value = valueOfKey(data, at + OBJECT.size(), size);
      if (value >= 0 && data.rangeEquals(value, ERROR)) {
        return true;
      }
    }
    return false;
  }

  /** The position of the value if a colon follows {@code afterKey}, or -1: it was not a key. */
  private static long valueOfKey(Buffer data, long afterKey, long size) {
    long i = skipWhitespace(data, afterKey, size);
    if (i >= size || data.getByte(i) != ':') {
      return -1;
    }
    return skipWhitespace(data, i + 1, size);
  }

  private static long skipWhitespace(Buffer data, long i, long size) {
    while (i < size) {
      byte b = data.getByte(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        break;
      }
      i++;
    }
    return i;
  }
}
