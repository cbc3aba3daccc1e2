package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.internal.error.ErrorClassifier;
import dev.llmgateway.client.internal.log.RedactingLogger;
import dev.llmgateway.client.internal.log.Secrets;
import dev.llmgateway.client.internal.retry.QuotaResetEstimator;
import dev.llmgateway.client.internal.retry.Retrier;
import dev.llmgateway.client.internal.retry.RetryWaits;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * What the calls of one client share: the OkHttpClients under the SDK's {@link HttpPolicy}, request
 * building, listeners, logging, the error classifier and the retry engine. Each call is a {@link
 * GatewayCall} that the {@link Retrier} runs on the calling thread ({@link #execute}) or the {@link
 * AsyncRunner} on the client's executor ({@link #executeAsync}); its {@link ResponseHandler} reads
 * a body or opens a stream. One instance per client, shared by its derived views. This class is
 * thread-safe.
 */
public final class HttpTransport {
  /** JSON media type of request bodies. */
  public static final MediaType JSON = Objects.requireNonNull(MediaType.parse("application/json"));

  /**
   * Idle connections a client the SDK creates keeps: 64 concurrent calls reuse their connections.
   * OkHttp's default of 5 makes every call above 5 concurrent ones open (and later close) its own
   * TCP connection, and TLS handshake; above 64, connections beyond the 64 idle ones are closed.
   */
  private static final int MAX_IDLE_CONNECTIONS = 64;

  /**
   * How long a client the SDK creates keeps an idle connection: 4 s, shorter than the idle timeout
   * of the servers a client meets (vLLM's uvicorn closes an idle keep-alive connection after 5 s,
   * nginx after 75 s, Google Cloud's L7 load balancers after about 600 s). A request is then never
   * written to a connection the server has already closed. This matters because OkHttp checks a
   * pooled connection's health for a POST only after it was idle for more than 10 s, and the SDK
   * never re-sends a request once it may have reached the server. The price is a new connection for
   * a call that comes more than 4 s after the previous one.
   */
  private static final long KEEP_ALIVE_MILLIS = 4_000;

  private static final int MAX_CACHED_POLICIES = 64;

  private final OkHttpClient http;
  private final OkHttpClient streamHttp;
  private final boolean ownsHttp;
  private final BaseUrl baseUrl;
  private final RetrySettings retrySettings;
  private final Retrier.Policy<Object> defaultPolicy;
  private final ConcurrentMap<RetrySettings, Retrier.Policy<Object>> policies =
      new ConcurrentHashMap<>();
  private final Retrier retrier;
  private final AsyncRunner runner;
  final RequestFactory requests;
  final Clock clock;
  final long streamIdleMillis;
  final long streamHeadersMillis;
  final RedactingLogger log;
  final Listeners listeners;
  final QuotaResetEstimator quota;
  final ErrorClassifier classifier;
  final RetryWaits waits;
  volatile boolean closed;

  /**
   * Creates the transport.
   *
   * @param c the configuration, read here and not kept
   * @param baseUrl the parsed base URL
   * @param retrySettings the client's retry settings
   */
  public HttpTransport(TransportConfig c, BaseUrl baseUrl, RetrySettings retrySettings) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    this.requests = new RequestFactory(c);
    this.clock = c.clock;
    this.streamIdleMillis = c.streamIdleTimeout.toMillis();
    this.streamHeadersMillis = c.streamHeadersTimeout.toMillis();
    Secrets secrets = new Secrets(c.apiKeyHeader);
    this.log = new RedactingLogger(c.logger, secrets);
    this.listeners = new Listeners(c.listeners, log);
    this.quota = new QuotaResetEstimator(c.clock, c.requestQuotaWindow, c.tokenQuotaWindow);
    this.classifier = new ErrorClassifier(quota, secrets);
    this.waits = c.random == null ? new RetryWaits(c.clock) : new RetryWaits(c.clock, c.random);
    this.retrier = new Retrier(c.clock, c.sleeper == null ? Sleeper.system() : c.sleeper);
    this.retrySettings = retrySettings;
    this.defaultPolicy = Retrier.policy(waits.plan(retrySettings), retrySettings);
    this.runner = new AsyncRunner(c.executor, c.sleeper);
    this.ownsHttp = c.okHttpClient == null;
    // Derived once: shares the connection pool and dispatcher of a user-supplied client, and puts
    // it under the SDK's HTTP policy (no redirects, no silent re-sends) whatever it was set to.
    OkHttpClient.Builder b =
        c.okHttpClient != null ? c.okHttpClient.newBuilder() : newClientBuilder();
    c.interceptors.forEach(b::addInterceptor);
    this.http =
        HttpPolicy.apply(b)
            .connectTimeout(c.connectTimeout)
            // One timeout for the whole attempt, and the same value for reads and writes. Why the
            // same: okio's watchdog thread wakes whenever a deadline lands at the head of its
            // queue. The call timeout is armed first, so later socket deadlines of the same length
            // never reach the head; a shorter write or read timeout would wake it twice per call
            // (benchmarks/OkHttpTimeoutsBenchmark measures ~5 us of CPU per call saved).
            .readTimeout(c.timeout)
            .writeTimeout(c.timeout)
            .callTimeout(c.timeout)
            .build();
    // Streams: no total-call timeout and no socket read timeout, which would cap the idle timeout
    // between events; a HeadersTimeout bounds the wait for the response headers, then the body's
    // timeout is the idle timeout. Shares the pool and dispatcher.
    this.streamHttp =
        http.newBuilder()
            .readTimeout(Duration.ZERO)
            .writeTimeout(c.streamHeadersTimeout)
            .callTimeout(Duration.ZERO)
            .build();
  }

  /**
   * Returns a builder of the OkHttpClient the SDK creates when the user supplies none: its
   * connection pool keeps up to 64 idle connections for 4 s (see the constants for why).
   *
   * @return a new builder
   */
  public static OkHttpClient.Builder newClientBuilder() {
    return new OkHttpClient.Builder()
        .connectionPool(
            new ConnectionPool(MAX_IDLE_CONNECTIONS, KEEP_ALIVE_MILLIS, TimeUnit.MILLISECONDS));
  }

  /**
   * Returns an endpoint below {@code /v1}.
   *
   * @param method the HTTP method
   * @param relative the path below {@code /v1}
   * @return the endpoint
   */
  public Endpoint endpoint(String method, String relative) {
    return new Endpoint(method, baseUrl.resolve(relative));
  }

  /**
   * Returns the OkHttpClient used for calls.
   *
   * @return the client
   */
  public OkHttpClient okHttpClient() {
    return http;
  }

  /**
   * Runs a call with retries on the calling thread.
   *
   * @param ep the endpoint
   * @param body the request body, or null for GET
   * @param opts the call options
   * @param handler reads the body or opens the stream of a 2xx response
   * @param <T> the result type
   * @return the result
   */
  public <T> T execute(
      Endpoint ep, @Nullable RequestBody body, RequestOptions opts, ResponseHandler<T> handler) {
    GatewayCall<T> call = new GatewayCall<>(this, ep, body, opts, handler);
    return retrier.run(call.retries(), call);
  }

  /**
   * Runs a call with retries on the client's executor; a stream's future completes when response
   * headers with a 2xx status arrived.
   *
   * @param ep the endpoint
   * @param body the request body, or null for GET
   * @param opts the call options
   * @param handler reads the body or opens the stream of a 2xx response
   * @param <T> the result type
   * @return the future result
   */
  public <T> CompletableFuture<T> executeAsync(
      Endpoint ep, @Nullable RequestBody body, RequestOptions opts, ResponseHandler<T> handler) {
    return runner.run(new GatewayCall<>(this, ep, body, opts, handler));
  }

  /** The retries of a new call: the per-call settings override the client's. */
  Retrier.Retries<Object> retries(RequestOptions opts) {
    RetrySettings s = opts.retrySettings().orElse(retrySettings);
    Integer max = opts.maxRetries().orElse(null);
    if (max != null && max != s.maxRetries()) {
      s = s.toBuilder().maxRetries(max).build();
    }
    return retrier.begin(s == retrySettings ? defaultPolicy : policy(s));
  }

  private Retrier.Policy<Object> policy(RetrySettings settings) {
    Retrier.Policy<Object> cached = policies.get(settings);
    if (cached != null) {
      return cached;
    }
    if (policies.size() >= MAX_CACHED_POLICIES) {
      policies.clear();
    }
    return policies.computeIfAbsent(settings, s -> Retrier.policy(waits.plan(s), s));
  }

  /** A new HTTP call for one attempt. */
  Call newHttpCall(Request request, boolean streaming) {
    return (streaming ? streamHttp : http).newCall(request);
  }

  /**
   * Closes the threads this transport created, and the connections if it created the OkHttpClient.
   * Every call after this, sync or async, on this client or a view derived from it, fails with an
   * {@link IllegalStateException}.
   */
  public void shutdown() {
    closed = true;
    runner.shutdown();
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /**
   * Returns the exception of a call on a closed client.
   *
   * @param cause why the call could not run, or null
   * @return the exception
   */
  static IllegalStateException closedClient(@Nullable Throwable cause) {
    return new IllegalStateException("the GatewayClient is closed; calls are rejected", cause);
  }
}
