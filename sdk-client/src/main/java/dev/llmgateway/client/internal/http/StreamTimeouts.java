package dev.llmgateway.client.internal.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Gives streaming calls their own read timeout while waiting for response headers. Streams have no
 * total-call timeout; after the headers, the body's read timeout becomes the idle timeout between
 * events (set on the body source when the stream opens). Streaming requests carry the instance as
 * their tag; other requests pass through unchanged.
 */
final class StreamTimeouts implements Interceptor {
  private final int headersTimeoutMillis;

  StreamTimeouts(int headersTimeoutMillis) {
    this.headersTimeoutMillis = headersTimeoutMillis;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    StreamTimeouts tag = chain.request().tag(StreamTimeouts.class);
    if (tag == null) {
      return chain.proceed(chain.request());
    }
    return chain
        .withReadTimeout(tag.headersTimeoutMillis, TimeUnit.MILLISECONDS)
        .proceed(chain.request());
  }
}
