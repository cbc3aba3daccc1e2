package dev.llmgateway.benchmarks;

import okhttp3.HttpUrl;

/**
 * Where the local nginx server of {@code run.sh} listens, and the paths of its two scenarios.
 *
 * <p>Every client posts to {@code .../v1/chat/completions}; nginx picks the body by a path prefix:
 * {@code /plain} serves the non-streaming completion and {@code /stream} the SSE stream. The base
 * URL comes from the system property {@value #PROPERTY} or else the environment variable {@value
 * #ENV} (JMH forks inherit the environment).
 */
public final class BenchmarkServer {

  /** System property holding the server's base URL, e.g. {@code http://127.0.0.1:18080}. */
  public static final String PROPERTY = "llmgateway.bench.baseUrl";

  /** Environment variable consulted when the system property is not set. */
  public static final String ENV = "LLMGATEWAY_BENCH_BASE_URL";

  private BenchmarkServer() {}

  /**
   * Returns the server's base URL without a trailing slash.
   *
   * @return for example {@code http://127.0.0.1:18080}
   * @throws IllegalStateException if neither the property nor the variable is set or valid
   */
  public static String baseUrl() {
    String url = System.getProperty(PROPERTY);
    if (url == null || url.isBlank()) {
      url = System.getenv(ENV);
    }
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "server base URL missing: run benchmarks/run.sh, or set -D"
              + PROPERTY
              + " or "
              + ENV
              + " to an nginx serving the bodies of VllmBodies");
    }
    if (HttpUrl.parse(url) == null) {
      throw new IllegalStateException(PROPERTY + " is not an http(s) URL: " + url);
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * Returns the base URL (with path prefix, without {@code /v1}) of a scenario.
   *
   * @param streaming whether the scenario is the SSE stream
   * @return {@code <base>/stream} or {@code <base>/plain}
   */
  public static String prefix(boolean streaming) {
    return baseUrl() + (streaming ? "/stream" : "/plain");
  }

  /**
   * Returns the full chat completions URL of a scenario.
   *
   * @param streaming whether the scenario is the SSE stream
   * @return {@code <prefix>/v1/chat/completions}
   */
  public static HttpUrl chatCompletionsUrl(boolean streaming) {
    return HttpUrl.get(prefix(streaming) + "/v1/chat/completions");
  }
}
