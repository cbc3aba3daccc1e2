package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.errors.StreamException;
import dev.llmgateway.client.internal.sse.SseEvent;
import dev.llmgateway.client.internal.sse.SseReader;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * A {@link StreamResponse} over an SSE body: pulls events with {@link SseReader}, ends at {@code
 * data: [DONE]}, turns error events into {@link StreamException}s with the chunk position, and
 * treats end of input without {@code [DONE]} and without any finish reason as truncation. Closing
 * before the end cancels the HTTP call. Iterate from one thread; {@link #close()} may be called
 * from any thread.
 *
 * @param <T> the chunk type
 */
public final class SseStreamResponse<T> implements StreamResponse<T> {
  private static final ByteString DONE = ByteString.encodeUtf8("[DONE]");
  private static final ByteString ERROR_KEY = ByteString.encodeUtf8("\"error\"");
  private static final ByteString OBJECT_KEY = ByteString.encodeUtf8("\"object\"");

  private final StreamContext ctx;
  private final SseReader reader;
  private final ChunkCodec<T> codec;
  private boolean consumed;
  private volatile boolean closed;
  private boolean finished;
  private @Nullable T next;
  private long chunks;
  private boolean sawFinishReason;
  private boolean sawToken;
  private @Nullable Usage usage;

  /**
   * Creates the stream.
   *
   * @param ctx the call context
   * @param source the response body
   * @param codec decodes chunks
   * @param maxEventBytes the largest event accepted
   */
  public SseStreamResponse(
      StreamContext ctx, BufferedSource source, ChunkCodec<T> codec, long maxEventBytes) {
    this.ctx = ctx;
    this.reader = new SseReader(source, maxEventBytes);
    this.codec = codec;
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  @Override
  public synchronized Iterator<T> iterator() {
    if (consumed || closed) {
      throw new IllegalStateException(
          "this StreamResponse was already consumed or closed; a stream can be read once");
    }
    consumed = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        if (finished || closed) {
          return false;
        }
        next = advance();
        return next != null;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        T chunk = next;
        next = null;
        return chunk;
      }
    };
  }

  @Override
  public String requestId() {
    return ctx.requestId;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!finished) {
      ctx.call.cancel(); // the server sees the connection close and stops generating
    }
    ctx.response.close();
  }

  private @Nullable T advance() {
    try {
      while (true) {
        SseEvent event = reader.next();
        if (event == null) {
          if (sawFinishReason) {
            end();
            return null;
          }
          throw fail(
              ctx.classifier.streamFailure(
                  "The stream ended without [DONE] and without a finish reason (truncated)",
                  null,
                  chunks,
                  ctx.response.headers(),
                  ctx.requestId,
                  ctx.attempts));
        }
        Buffer data = event.data();
        if ("error".equals(event.type()) || isErrorPayload(data)) {
          throw fail(
              ctx.classifier.fromStreamEvent(
                  data.readUtf8(), chunks, ctx.response.headers(), ctx.requestId, ctx.attempts));
        }
        if (data.size() == DONE.size() && data.rangeEquals(0, DONE)) {
          end();
          return null;
        }
        if (data.size() == 0) {
          continue; // keep-alive
        }
        T chunk;
        try {
          chunk = codec.decode(data.inputStream());
        } catch (JacksonException e) {
          throw fail(
              ctx.classifier.streamFailure(
                  "The server sent a chunk that is not valid JSON for this stream ("
                      + e.getOriginalMessage()
                      + ")",
                  e,
                  chunks,
                  ctx.response.headers(),
                  ctx.requestId,
                  ctx.attempts));
        }
        observe(chunk);
        return chunk;
      }
    } catch (IOException e) {
      if (closed) {
        return null; // closed by the caller while reading
      }
      String what =
          e instanceof SocketTimeoutException
              ? "No event arrived within the stream idle timeout"
              : "Reading the stream failed (" + e.getClass().getSimpleName() + ")";
      throw fail(
          ctx.classifier.streamFailure(
              what, e, chunks, ctx.response.headers(), ctx.requestId, ctx.attempts));
    }
  }

  private void observe(T chunk) {
    chunks++;
    if (!sawFinishReason && codec.hasFinishReason(chunk)) {
      sawFinishReason = true;
    }
    Usage u = codec.usage(chunk);
    if (u != null) {
      usage = u;
    }
    if (!sawToken && ctx.info != null && codec.hasToken(chunk)) {
      sawToken = true;
      ctx.listeners.firstToken(
          ctx.info, java.time.Duration.ofNanos(System.nanoTime() - ctx.startNanos));
    }
  }

  private void end() {
    finished = true;
    ctx.response.close();
    ctx.listeners.streamEnd(ctx.info, chunks, usage);
  }

  private StreamException fail(StreamException e) {
    ctx.listeners.error(ctx.info, e);
    close();
    return e;
  }

  /**
   * Whether the data is a JSON object whose first key is {@code "error"}, or which starts with
   * {@code "object": "error"} (vLLM error shapes), checked on the bytes without parsing.
   */
  static boolean isErrorPayload(Buffer data) {
    long size = data.size();
    long i = skipWhitespace(data, 0, size);
    if (i >= size || data.getByte(i) != '{') {
      return false;
    }
    i = skipWhitespace(data, i + 1, size);
    if (data.rangeEquals(i, ERROR_KEY)) {
      return true;
    }
    if (!data.rangeEquals(i, OBJECT_KEY)) {
      return false;
    }
    i = skipWhitespace(data, i + OBJECT_KEY.size(), size);
    if (i >= size || data.getByte(i) != ':') {
      return false;
    }
    i = skipWhitespace(data, i + 1, size);
    return data.rangeEquals(i, ERROR_KEY);
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
