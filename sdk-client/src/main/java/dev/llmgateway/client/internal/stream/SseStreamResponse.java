package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.errors.StreamException;
import dev.llmgateway.client.internal.http.GatewayCall;
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
import okhttp3.Response;
import okio.Buffer;
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
final class SseStreamResponse<T> implements StreamResponse<T> {
  private static final ByteString DONE = ByteString.encodeUtf8("[DONE]");

  /** Cancels the calls of streams that became unreachable without being closed. */
  private static final Cleaner ABANDONED =
      Cleaner.create(r -> new Thread(r, "llm-gateway-abandoned-streams"));

  private final GatewayCall<?> call;
  private final Call http;
  private final Response response;
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
   * @param call the call that opened it
   * @param http the HTTP call of its last attempt
   * @param response the 2xx response with the event stream
   * @param codec decodes chunks
   * @param maxEventBytes the largest event accepted
   */
  SseStreamResponse(
      GatewayCall<?> call, Call http, Response response, ChunkCodec<T> codec, long maxEventBytes) {
    this.call = call;
    this.http = http;
    this.response = response;
    this.reader = new SseReader(response.body().source(), maxEventBytes);
    this.codec = codec;
    this.cancelIfAbandoned = new CancelIfAbandoned(http);
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
    return call.requestId();
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
      http.cancel(); // the server sees the connection close and stops generating
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
      response.close();
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
              failure(
                  "The stream ended without [DONE] before every choice had a finish reason"
                      + " (truncated)",
                  null));
        }
        Buffer data = event.data();
        if ("error".equals(event.type())
            || (ErrorPayload.isCandidate(data)
                && call.classifier().isErrorDocument(data.snapshot().utf8()))) {
          throw fail(
              call.classifier()
                  .fromStreamEvent(
                      data.readUtf8(), chunks, response, call.requestId(), call.attempt()));
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
          Headers sent = response.request().headers();
          throw fail(
              failure(
                  "The server sent a chunk that is not valid JSON for this stream ("
                      + call.classifier().parseProblem(e, sent)
                      + ")",
                  call.classifier().safeCause(e, sent)));
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
      throw fail(failure(what, e));
    }
  }

  private void observe(T chunk) {
    chunks++;
    codec.trackChoices(chunk, startedChoices, finishedChoices);
    Usage u = codec.usage(chunk);
    if (u != null) {
      usage = u;
    }
    if (!sawToken && call.info() != null && codec.hasToken(chunk)) {
      sawToken = true;
      call.listeners()
          .firstToken(
              call.info(), java.time.Duration.ofNanos(System.nanoTime() - call.startNanos()));
    }
  }

  private void end() {
    finished = true;
    release();
    call.listeners().streamEnd(call.info(), chunks, usage);
  }

  /** A failure the client detected (truncation, malformed event, read error) at this chunk. */
  private StreamException failure(String what, @Nullable Throwable cause) {
    return call.classifier()
        .streamFailure(what, cause, chunks, response.headers(), call.requestId(), call.attempt());
  }

  private StreamException fail(StreamException e) {
    call.listeners().error(call.info(), e);
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
