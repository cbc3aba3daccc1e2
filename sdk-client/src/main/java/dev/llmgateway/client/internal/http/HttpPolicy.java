package dev.llmgateway.client.internal.http;

import okhttp3.HttpUrl;
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
 *   <li>OkHttp never re-sends a request on its own ({@code retryOnConnectionFailure} off). It would
 *       silently re-POST a generation or a create after a pooled connection was cut; the caller's
 *       retry table is the only thing that re-sends, and it counts every attempt.
 * </ul>
 */
public final class HttpPolicy {

  private HttpPolicy() {}

  /**
   * Applies the policy to a builder.
   *
   * @param builder the builder, typically {@code okHttpClient.newBuilder()}
   * @return the same builder
   */
  public static OkHttpClient.Builder apply(OkHttpClient.Builder builder) {
    return builder.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false);
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
}
