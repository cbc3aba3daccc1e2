package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.errors.StreamException;
import dev.llmgateway.client.internal.sse.SseEvent;
import dev.llmgateway.client.internal.sse.SseReader;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.net.SocketTimeoutException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Call;
import okhttp3.Headers;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * A {@link StreamResponse} over an SSE body: pulls events with {@link SseReader}, ends at {@code
 * data: [DONE]}, turns error events into {@link StreamException}s with the chunk position, and
 * treats end of input without {@code [DONE]} before every choice seen had a finish reason as
 * truncation. Iterate from one thread; {@link #close()} may be called from any thread.
 *
 * <p>Closing before the end cancels the HTTP call, which closes the socket and so wakes a reader
 * blocked on it; the reader then ends quietly. okio sources are not thread-safe, so only the thread
 * that holds {@link #reading} touches the body: {@code close()} releases the response itself only
 * when no read is in progress, and otherwise leaves it to the reader, which releases it before it
 * returns. A stream dropped without being closed is cancelled when it is garbage-collected (a
 * {@link Cleaner} action), so the server stops generating without waiting for the connection pool's
 * leak detection.
 *
 * @param <T> the chunk type
 */
public final class SseStreamResponse<T> implements StreamResponse<T> {
  private static final ByteString DONE = ByteString.encodeUtf8("[DONE]");

  /** Cancels the calls of streams that became unreachable without being closed. */
  private static final Cleaner ABANDONED =
      Cleaner.create(r -> new Thread(r, "llm-gateway-abandoned-streams"));

  private final StreamContext ctx;
  private final SseReader reader;
  private final ChunkCodec<T> codec;
  private final ReentrantLock reading = new ReentrantLock();
  private final CancelIfAbandoned cancelIfAbandoned;
  private final Cleaner.Cleanable cleanable;
  private boolean consumed;
  private volatile boolean closed;
  private volatile boolean finished;
  private boolean released; // guarded by reading
  private @Nullable T next;
  private long chunks;
  // Choice indexes: at EOF without [DONE] the answer is complete only if every choice finished.
  private final Set<Integer> startedChoices = new HashSet<>(4);
  private final Set<Integer> finishedChoices = new HashSet<>(4);
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
    this.cancelIfAbandoned = new CancelIfAbandoned(ctx.call);
    this.cleanable = ABANDONED.register(this, cancelIfAbandoned);
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
        T chunk;
        try {
          chunk = pull();
        } catch (RuntimeException e) {
          close(); // StreamExceptions closed already; anything else must not leak the connection
          throw e;
        }
        if (closed) {
          releaseUnlessReading(); // close() may have found this thread still holding the lock
          return false;
        }
        next = chunk;
        return chunk != null;
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

  /**
   * Closes the stream; from any thread, never throws. Cancels the call if the stream has not ended,
   * then releases the response unless a read is in progress, in which case the reader does.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!finished) {
      ctx.call.cancel(); // the server sees the connection close and stops generating
    }
    releaseUnlessReading();
  }

  /** Reads the next chunk while holding the read lock; null at the end or once closed. */
  private @Nullable T pull() {
    if (finished) {
      return null;
    }
    reading.lock();
    try {
      return closed ? null : advance();
    } finally {
      if (closed) {
        release();
      }
      reading.unlock();
    }
  }

  private void releaseUnlessReading() {
    if (reading.tryLock()) {
      try {
        release();
      } finally {
        reading.unlock();
      }
    }
  }

  /** Closes the response on the thread that holds the read lock. Idempotent. */
  private void release() {
    if (released) {
      return;
    }
    released = true;
    cancelIfAbandoned.disarm();
    cleanable.clean();
    try {
      ctx.response.close();
    } catch (RuntimeException e) {
      // A cancelled exchange may fail to close; the connection is discarded either way.
    }
  }

  private @Nullable T advance() {
    try {
      while (true) {
        SseEvent event = reader.next();
        if (event == null) {
          if (closed) {
            return null; // closed by another thread, which cut the connection
          }
          if (!finishedChoices.isEmpty() && finishedChoices.containsAll(startedChoices)) {
            end();
            return null;
          }
          throw fail(
              ctx.classifier.streamFailure(
                  "The stream ended without [DONE] before every choice had a finish reason"
                      + " (truncated)",
                  null,
                  chunks,
                  ctx.response.headers(),
                  ctx.requestId,
                  ctx.attempts));
        }
        Buffer data = event.data();
        if ("error".equals(event.type())
            || (ErrorPayload.isCandidate(data)
                && ctx.classifier.isErrorDocument(data.snapshot().utf8()))) {
          throw fail(
              ctx.classifier.fromStreamEvent(
                  data.readUtf8(),
                  chunks,
                  ctx.response.headers(),
                  ctx.requestId,
                  ctx.attempts,
                  ctx.call.request().headers()));
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
          Headers sent = ctx.call.request().headers();
          throw fail(
              ctx.classifier.streamFailure(
                  "The server sent a chunk that is not valid JSON for this stream ("
                      + ctx.classifier.parseProblem(e, sent)
                      + ")",
                  ctx.classifier.safeCause(e, sent),
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
              : e instanceof SseReader.EventTooLargeException
                  ? "The server sent an event "
                      + e.getMessage()
                      + ", the limit that bounds the client's memory"
                  : "Reading the stream failed (" + e.getClass().getSimpleName() + ")";
      throw fail(
          ctx.classifier.streamFailure(
              what, e, chunks, ctx.response.headers(), ctx.requestId, ctx.attempts));
    }
  }

  private void observe(T chunk) {
    chunks++;
    codec.trackChoices(chunk, startedChoices, finishedChoices);
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
    release();
    ctx.listeners.streamEnd(ctx.info, chunks, usage);
  }

  private StreamException fail(StreamException e) {
    ctx.listeners.error(ctx.info, e);
    close();
    return e;
  }

  /** The action of the {@link Cleaner}: references the call only, never the stream. */
  private static final class CancelIfAbandoned implements Runnable {
    private final Call call;
    private volatile boolean armed = true;

    CancelIfAbandoned(Call call) {
      this.call = call;
    }

    void disarm() {
      armed = false;
    }

    @Override
    public void run() {
      if (armed) {
        call.cancel();
      }
    }
  }
}
