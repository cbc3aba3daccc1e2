package dev.llmgateway.client.internal.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP policy of every client in this SDK (the gateway client and the Apigee management
 * client), applied to the OkHttpClient they create and to one a user supplies.
 *
 * <ul>
 *   <li>Redirects are never followed. OkHttp re-sends the body and custom headers such as {@code
 *       x-api-key} to whatever host a 307/308 names, and turns a POST into a GET on 301/302; the
 *       APIs this SDK talks to never redirect, so a 3xx becomes a typed error instead and
 *       credentials never leave the configured origin.
 *   <li>OkHttp never re-sends a request on its own. With {@code retryOnConnectionFailure} it would
 *       silently re-POST a generation or a create after a pooled connection was cut, and it
 *       re-sends any request answered 503 with {@code Retry-After: 0} whatever that setting says;
 *       the policy turns the first off and hides the second from OkHttp (the wait reaches the
 *       caller as {@code Retry-After-Ms: 0}). The caller's retry table is the only thing that
 *       re-sends, and it counts every attempt.
 *   <li>An I/O failure is marked once the request may have reached the server, that is once a
 *       connection was established and writing the request began ({@link #requestMayHaveBeenSent}).
 *       Failures without the mark (connection refused, connect or TLS handshake timeout, unknown
 *       host) left nothing on the server and are safe to re-send; marked ones are not, since the
 *       server may already be generating or creating.
 * </ul>
 *
 * <p>Only {@link #apply} allocates (once per client); a call pays one interceptor step.
 */
public final class HttpPolicy {
  private static final String RETRY_AFTER = "Retry-After";
  private static final String RETRY_AFTER_MS = "Retry-After-Ms";

  /** The mark added to a failure after which the request may have reached the server. */
  private static final RequestMayHaveBeenSent SENT = new RequestMayHaveBeenSent();

  /**
   * Runs between the connection and the exchange: everything that fails below it happened after the
   * request started to go out.
   */
  private static final Interceptor NETWORK =
      chain -> {
        Response response;
        try {
          response = chain.proceed(chain.request());
        } catch (IOException e) {
          throw markRequestSent(e);
        }
        return response.code() == 503 && resendsAtOnce(response.header(RETRY_AFTER))
            ? response
                .newBuilder()
                .removeHeader(RETRY_AFTER)
                .header(RETRY_AFTER_MS, response.header(RETRY_AFTER_MS, "0"))
                .build()
            : response;
      };

  private HttpPolicy() {}

  /**
   * Applies the policy to a builder. Idempotent.
   *
   * @param builder the builder, typically {@code okHttpClient.newBuilder()}
   * @return the same builder
   */
  public static OkHttpClient.Builder apply(OkHttpClient.Builder builder) {
    if (!builder.networkInterceptors().contains(NETWORK)) {
      builder.addNetworkInterceptor(NETWORK);
    }
    return builder.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false);
  }

  /**
   * Tells whether a failed request may have reached the server: true once a connection was
   * established and the request started to go out, or after any part of the response arrived. False
   * means the request never left (connection refused, connect or TLS handshake timeout, unknown
   * host), so sending it again cannot duplicate anything.
   *
   * @param failure the I/O failure of a call made by a client under this policy
   * @return whether the request may have been sent
   */
  public static boolean requestMayHaveBeenSent(Throwable failure) {
    // OkHttp wraps a failure in InterruptedIOException("timeout") when the call timeout fired.
    for (Throwable t = failure; t != null; t = t.getCause()) {
      for (Throwable s : t.getSuppressed()) {
        if (s == SENT) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Marks a failure after which the request may have reached the server, for example one while
   * reading a response body. Idempotent.
   *
   * @param failure the failure
   * @param <E> its type
   * @return the same failure
   */
  public static <E extends IOException> E markRequestSent(E failure) {
    if (!requestMayHaveBeenSent(failure)) {
      failure.addSuppressed(SENT);
    }
    return failure;
  }

  /** Whether OkHttp would re-send a 503 with this Retry-After at once (it reads digits only). */
  private static boolean resendsAtOnce(@Nullable String retryAfter) {
    if (retryAfter == null || retryAfter.isEmpty()) {
      return false;
    }
    for (int i = 0; i < retryAfter.length(); i++) {
      if (retryAfter.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a status is a redirect this policy refuses to follow.
   *
   * @param status the HTTP status
   * @return whether it is a 3xx
   */
  public static boolean isRedirect(int status) {
    return status >= 300 && status < 400;
  }

  /**
   * Returns where a redirect points, as scheme, host and port only (path, query and user info may
   * carry secrets), or null when the response has no usable {@code Location}.
   *
   * @param response the 3xx response
   * @return the target origin, or null
   */
  public static @Nullable String redirectOrigin(Response response) {
    String location = response.header("Location");
    if (location == null) {
      return null;
    }
    HttpUrl target = response.request().url().resolve(location);
    if (target == null) {
      return null;
    }
    return target.scheme() + "://" + target.host() + ":" + target.port();
  }

  /** The mark itself: shared, without a stack trace; it only shows in printed stack traces. */
  private static final class RequestMayHaveBeenSent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RequestMayHaveBeenSent() {
      super(
          "the request may have reached the server before this failure; it is not re-sent"
              + " automatically",
          null,
          false,
          false);
    }
  }
}
