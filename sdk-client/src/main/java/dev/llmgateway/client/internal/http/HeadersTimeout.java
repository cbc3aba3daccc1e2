package dev.llmgateway.client.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Response;
import okio.AsyncTimeout;
import org.jspecify.annotations.Nullable;

/**
 * Bounds the wait for a stream's response headers (connecting, sending, waiting) by cancelling the
 * call, on okio's watchdog thread like OkHttp's own call timeout. Unlike a socket read timeout it
 * ends when the headers arrive, so the idle timeout between events may be longer than it. One per
 * stream attempt; {@link #exit()} exactly once.
 */
final class HeadersTimeout extends AsyncTimeout {
  private final Call call;

  HeadersTimeout(Call call, long millis) {
    this.call = call;
    timeout(millis, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void timedOut() {
    call.cancel();
  }

  /**
   * Executes a stream's call, cancelling it if the response headers take longer than {@code
   * millis}.
   *
   * @param call the call
   * @param millis the timeout
   * @return the response
   * @throws IOException the call's failure, or one shaped like OkHttp's call timeout if this fired
   */
  static Response execute(Call call, long millis) throws IOException {
    HeadersTimeout timeout = new HeadersTimeout(call, millis);
    timeout.enter();
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw timeout.exit() ? failure(e) : e;
    }
    if (timeout.exit()) {
      response.close(); // fired as the headers arrived: the call is cancelled already
      throw HttpPolicy.markRequestSent(failure(null));
    }
    return response;
  }

  /** The failure to report when it fired: the shape of OkHttp's call timeout. */
  static InterruptedIOException failure(@Nullable IOException cause) {
    InterruptedIOException e = new InterruptedIOException("timeout");
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
