package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.internal.http.GatewayCall;
import dev.llmgateway.client.internal.http.ResponseHandler;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * Opens the stream of a 2xx response to a streaming call: anything that is not an event stream (an
 * error document, a web page, JSON from a server that ignored {@code stream: true}) is classified
 * instead; otherwise the body's timeout becomes the call's idle timeout and a {@link
 * SseStreamResponse} reads it. Once open, a stream is never retried. Thread-safe.
 *
 * @param <T> the chunk type
 */
public final class StreamOpener<T> implements ResponseHandler<StreamResponse<T>> {
  /** The largest event accepted, which bounds the memory one stream may take. */
  private static final long MAX_EVENT_BYTES = 16L * 1024 * 1024;

  private final ChunkCodec<T> codec;

  private StreamOpener(ChunkCodec<T> codec) {
    this.codec = codec;
  }

  /**
   * Returns an opener of streams of the codec's chunks.
   *
   * @param codec decodes chunks
   * @param <T> the chunk type
   * @return the opener
   */
  public static <T> StreamOpener<T> of(ChunkCodec<T> codec) {
    return new StreamOpener<>(codec);
  }

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public StreamResponse<T> handle(
      GatewayCall<StreamResponse<T>> call, Call http, Response response) {
    MediaType type = response.body().contentType();
    if (type != null && notAnEventStream(type.subtype())) {
      String text = GatewayCall.errorBody(response);
      response.close();
      throw call.classifier()
          .notAnEventStream(response, type.toString(), text, call.requestId(), call.attempt());
    }
    response.body().source().timeout().timeout(call.streamIdleMillis(), TimeUnit.MILLISECONDS);
    return new SseStreamResponse<>(call, http, response, codec, MAX_EVENT_BYTES);
  }

  private static boolean notAnEventStream(String subtype) {
    return subtype.equals("json")
        || subtype.endsWith("+json")
        || subtype.equals("html")
        || subtype.equals("xhtml+xml");
  }
}
