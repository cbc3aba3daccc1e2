package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * The content-delta events of one stream, which differ only in the text: the bytes before and after
 * it are cut once from an event {@link VllmJson} wrote, so each token costs one escape and one
 * buffer instead of a JSON generator. Not thread-safe (one stream, one context).
 */
final class DeltaEvents {
  private static final String MARKER = "@@emulator-piece@@";

  private final byte[] prefix;
  private final byte[] suffix;

  DeltaEvents(boolean chat, VllmJson.Head head) {
    byte[] event = VllmJson.chunkEvent(chat, head, null, MARKER, null, null).getBytes();
    int at = new String(event, StandardCharsets.UTF_8).lastIndexOf(MARKER);
    // The marker is ASCII and comes after the (possibly non-ASCII) id and model: count its bytes.
    int byteAt =
        new String(event, StandardCharsets.UTF_8)
            .substring(0, at)
            .getBytes(StandardCharsets.UTF_8)
            .length;
    this.prefix = Arrays.copyOfRange(event, 0, byteAt);
    this.suffix = Arrays.copyOfRange(event, byteAt + MARKER.length(), event.length);
  }

  /** Returns the event carrying one piece of text. */
  Buffer event(String piece) {
    byte[] text = JsonStringEncoder.getInstance().quoteAsUTF8(piece);
    return Buffer.buffer(prefix.length + text.length + suffix.length)
        .appendBytes(prefix)
        .appendBytes(text)
        .appendBytes(suffix);
  }
}
