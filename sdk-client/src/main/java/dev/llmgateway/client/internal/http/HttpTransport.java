package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.ApiKeyProvider;
import dev.llmgateway.client.BearerTokenProvider;
import dev.llmgateway.client.CallInfo;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.errors.ErrorContext;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.TransportException;
import dev.llmgateway.client.internal.error.ErrorClassifier;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.log.RedactingLogger;
import dev.llmgateway.client.internal.log.Secrets;
import dev.llmgateway.client.internal.retry.QuotaResetEstimator;
import dev.llmgateway.client.internal.retry.Retrier;
import dev.llmgateway.client.internal.retry.RetryWaits;
import dev.llmgateway.client.internal.stream.ChunkCodec;
import dev.llmgateway.client.internal.stream.SseStreamResponse;
import dev.llmgateway.client.internal.stream.StreamContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Sends calls over OkHttp: builds requests with credentials and headers, runs attempts through the
 * {@link Retrier}, turns error responses into exceptions with the {@link ErrorClassifier}, parses
 * successful bodies straight from the byte stream, and opens SSE streams. One instance per client,
 * shared by its derived views. This class is thread-safe.
 */
public final class HttpTransport {
  /** JSON media type of request bodies. */
  public static final MediaType JSON = Objects.requireNonNull(MediaType.parse("application/json"));

  private static final long MAX_ERROR_BODY = 64 * 1024;
  private static final long MAX_EVENT_BYTES = 16L * 1024 * 1024;
  private static final String USER_AGENT = "llm-gateway-java/0.1";

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

  /** Reads a successful response body. */
  @FunctionalInterface
  public interface BodyReader<T> {
    /**
     * Reads the body.
     *
     * @param body the body bytes
     * @return the value
     * @throws IOException on read failures
     */
    T read(InputStream body) throws IOException;
  }

  private final OkHttpClient http;
  private final BaseUrl baseUrl;
  private final @Nullable ApiKeyProvider apiKey;
  private final String apiKeyHeader;
  private final @Nullable BearerTokenProvider bearer;
  private final boolean keyHeaderPreset;
  private final boolean authorizationPreset;
  private final Headers jsonHeaders;
  private final Headers sseHeaders;
  private final Clock clock;
  private final RetrySettings retrySettings;
  private final long streamIdleMillis;
  private final long streamHeadersMillis;
  private final OkHttpClient streamHttp;
  private final RedactingLogger log;
  private final Listeners listeners;
  private final QuotaResetEstimator quota;
  private final ErrorClassifier classifier;
  private final Retrier retrier;
  private final AsyncRunner runner;
  private volatile boolean closed;

  /**
   * Creates the transport.
   *
   * @param c the configuration
   */
  public HttpTransport(TransportConfig c) {
    this.baseUrl = Objects.requireNonNull(c.baseUrl, "baseUrl == null");
    this.apiKey = c.apiKey;
    this.apiKeyHeader = c.apiKeyHeader;
    this.bearer = c.bearerToken;
    this.keyHeaderPreset = c.headers.keySet().stream().anyMatch(c.apiKeyHeader::equalsIgnoreCase);
    this.authorizationPreset =
        c.headers.keySet().stream().anyMatch("Authorization"::equalsIgnoreCase);
    this.clock = c.clock;
    this.retrySettings = c.retrySettings;
    this.streamIdleMillis = c.streamIdleTimeout.toMillis();
    this.streamHeadersMillis = c.streamHeadersTimeout.toMillis();
    Secrets secrets = new Secrets(c.apiKeyHeader);
    this.log = new RedactingLogger(c.logger, secrets);
    this.listeners = new Listeners(c.listeners, log);
    this.quota = new QuotaResetEstimator(c.clock);
    this.classifier = new ErrorClassifier(quota, secrets);
    RetryWaits waits =
        c.random == null ? new RetryWaits(c.clock) : new RetryWaits(c.clock, c.random);
    this.retrier = new Retrier(c.clock, c.sleeper == null ? Sleeper.system() : c.sleeper, waits);
    this.runner = new AsyncRunner(c.executor, c.sleeper);
    OkHttpClient base = c.okHttpClient != null ? c.okHttpClient : newClientBuilder().build();
    // Derived once: shares the connection pool and dispatcher of a user-supplied client, and puts
    // it under the SDK's HTTP policy (no redirects, no silent re-sends) whatever it was set to.
    this.http =
        HttpPolicy.apply(base.newBuilder())
            .connectTimeout(c.connectTimeout)
            // One timeout for the whole attempt, and the same value for reads and writes. Why the
            // same: okio's watchdog thread wakes whenever a deadline lands at the head of its
            // queue.
            // The call timeout is armed first, so later socket deadlines of the same length never
            // reach the head; a shorter write or read timeout would wake it twice per call
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
    Headers.Builder h = new Headers.Builder().add("User-Agent", USER_AGENT);
    c.headers.forEach(h::set);
    this.jsonHeaders = h.build().newBuilder().set("Accept", "application/json").build();
    this.sseHeaders = h.build().newBuilder().set("Accept", "text/event-stream").build();
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
   * Runs a non-streaming call with retries on the calling thread.
   *
   * @param ep the endpoint
   * @param body the request body, or null for GET
   * @param opts the call options
   * @param reader reads the successful body
   * @param <T> the result type
   * @return the result
   */
  public <T> T execute(
      Endpoint ep, @Nullable RequestBody body, RequestOptions opts, BodyReader<T> reader) {
    String requestId = requestId(opts);
    CallInfo info = callInfo(ep, requestId, false);
    RetrySettings settings = settings(opts);
    Instant deadline = deadline(settings);
    try {
      return retrier.run(
          settings,
          attempt ->
              read(ep, body, opts, requestId, info, attempt, settings, deadline, reader, null),
          (attempt, wait, cause, reason) -> onRetry(info, requestId, attempt, wait, cause, reason));
    } catch (GatewayException e) {
      listeners.error(info, e);
      throw e;
    }
  }

  /**
   * Runs a non-streaming call with retries on the client's executor.
   *
   * @param ep the endpoint
   * @param body the request body, or null for GET
   * @param opts the call options
   * @param reader reads the successful body
   * @param <T> the result type
   * @return the future result
   */
  public <T> CompletableFuture<T> executeAsync(
      Endpoint ep, @Nullable RequestBody body, RequestOptions opts, BodyReader<T> reader) {
    String requestId = requestId(opts);
    CallInfo info = callInfo(ep, requestId, false);
    RetrySettings settings = settings(opts);
    Instant deadline = deadline(settings);
    CallHandle handle = new CallHandle();
    return runner.run(
        handle,
        retrier.begin(settings),
        attempt ->
            read(ep, body, opts, requestId, info, attempt, settings, deadline, reader, handle),
        (attempt, wait, cause, reason) -> onRetry(info, requestId, attempt, wait, cause, reason),
        e -> listeners.error(info, e));
  }

  /**
   * Opens a streaming call on the calling thread, retrying until response headers with a 2xx status
   * arrive; never after.
   *
   * @param ep the endpoint
   * @param body the request body
   * @param opts the call options
   * @param codec decodes chunks
   * @param <T> the chunk type
   * @return the open stream
   */
  public <T> StreamResponse<T> stream(
      Endpoint ep, RequestBody body, RequestOptions opts, ChunkCodec<T> codec) {
    String requestId = requestId(opts);
    CallInfo info = callInfo(ep, requestId, true);
    RetrySettings settings = settings(opts);
    long startNanos = System.nanoTime();
    try {
      return retrier.run(
          settings,
          attempt ->
              toStream(
                  open(ep, body, opts, requestId, info, attempt, settings, null, true, null),
                  settings,
                  opts,
                  requestId,
                  info,
                  startNanos,
                  codec),
          (attempt, wait, cause, reason) -> onRetry(info, requestId, attempt, wait, cause, reason));
    } catch (GatewayException e) {
      listeners.error(info, e);
      throw e;
    }
  }

  /**
   * Opens a streaming call on the client's executor; the future completes when response headers
   * with a 2xx status arrived.
   *
   * @param ep the endpoint
   * @param body the request body
   * @param opts the call options
   * @param codec decodes chunks
   * @param <T> the chunk type
   * @return the future open stream
   */
  public <T> CompletableFuture<StreamResponse<T>> streamAsync(
      Endpoint ep, RequestBody body, RequestOptions opts, ChunkCodec<T> codec) {
    String requestId = requestId(opts);
    CallInfo info = callInfo(ep, requestId, true);
    RetrySettings settings = settings(opts);
    long startNanos = System.nanoTime();
    CallHandle handle = new CallHandle();
    return runner.run(
        handle,
        retrier.begin(settings),
        attempt ->
            toStream(
                open(ep, body, opts, requestId, info, attempt, settings, null, true, handle),
                settings,
                opts,
                requestId,
                info,
                startNanos,
                codec),
        (attempt, wait, cause, reason) -> onRetry(info, requestId, attempt, wait, cause, reason),
        e -> listeners.error(info, e));
  }

  private <T> T read(
      Endpoint ep,
      @Nullable RequestBody body,
      RequestOptions opts,
      String requestId,
      @Nullable CallInfo info,
      int attempt,
      RetrySettings settings,
      @Nullable Instant deadline,
      BodyReader<T> reader,
      @Nullable CallHandle handle) {
    Opened opened =
        open(ep, body, opts, requestId, info, attempt, settings, deadline, false, handle);
    try (Response response = opened.response) {
      return reader.read(response.body().byteStream());
    } catch (NotTheResult e) {
      Response response = opened.response;
      throw classifier.notTheResult(
          response.code(),
          e.expected,
          truncate(Json.writeString(e.value)),
          response.headers(),
          requestId,
          attempt,
          settings,
          response.request().headers());
    } catch (JacksonException e) {
      // Jackson 3 reports I/O failures of the body (timeouts, resets) as JacksonIOException.
      if (e.getCause() instanceof IOException) {
        IOException io = HttpPolicy.markRequestSent((IOException) e.getCause());
        throw ioFailure(io, requestId, attempt, handle);
      }
      throw unreadable(ep, opened.response.request().headers(), requestId, attempt, e);
    } catch (IOException e) {
      // The response had started: the server got the request.
      throw ioFailure(HttpPolicy.markRequestSent(e), requestId, attempt, handle);
    }
  }

  private <T> StreamResponse<T> toStream(
      Opened opened,
      RetrySettings settings,
      RequestOptions opts,
      String requestId,
      @Nullable CallInfo info,
      long startNanos,
      ChunkCodec<T> codec) {
    MediaType type = opened.response.body().contentType();
    if (type != null && notAnEventStream(type.subtype())) {
      // A server that ignores stream: true, an error document with a 200, or a web page.
      Response response = opened.response;
      String text = errorBody(response);
      response.close();
      throw classifier.notAnEventStream(
          type.toString(),
          text,
          response.headers(),
          requestId,
          opened.attempt,
          settings,
          response.request().headers());
    }
    BufferedSource source = opened.response.body().source();
    long idle = opts.streamIdleTimeout().map(Duration::toMillis).orElse(streamIdleMillis);
    source.timeout().timeout(idle, TimeUnit.MILLISECONDS);
    StreamContext ctx =
        new StreamContext(
            opened.call,
            opened.response,
            requestId,
            opened.attempt,
            info,
            startNanos,
            listeners,
            classifier);
    return new SseStreamResponse<>(ctx, source, codec, MAX_EVENT_BYTES);
  }

  private Opened open(
      Endpoint ep,
      @Nullable RequestBody body,
      RequestOptions opts,
      String requestId,
      @Nullable CallInfo info,
      int attempt,
      RetrySettings settings,
      @Nullable Instant deadline,
      boolean streaming,
      @Nullable CallHandle handle) {
    if (closed) {
      throw closedClient(null); // every attempt, so a retry after close() is rejected too
    }
    Request request = request(ep, body, opts, requestId, streaming);
    Call call = (streaming ? streamHttp : http).newCall(request);
    if (!streaming) {
      long millis = callTimeoutMillis(opts, deadline);
      if (millis > 0) {
        call.timeout().timeout(millis, TimeUnit.MILLISECONDS);
      }
    }
    if (handle != null) {
      handle.attach(call);
    }
    quota.recordRequest();
    listeners.request(info, attempt);
    if (log.debugEnabled()) {
      log.request(ep.method, ep.url.toString(), request.headers(), attempt);
    }
    long t0 = System.nanoTime();
    HeadersTimeout headersTimeout = null;
    if (streaming) {
      headersTimeout = new HeadersTimeout(call, streamHeadersMillis);
      headersTimeout.enter();
    }
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      boolean late = headersTimeout != null && headersTimeout.exit();
      throw ioFailure(late ? HeadersTimeout.failure(e) : e, requestId, attempt, handle);
    }
    if (headersTimeout != null && headersTimeout.exit()) {
      response.close(); // fired as the headers arrived: the call is cancelled already
      IOException late = HttpPolicy.markRequestSent(HeadersTimeout.failure(null));
      throw ioFailure(late, requestId, attempt, handle);
    }
    long elapsedNanos = System.nanoTime() - t0;
    if (info != null) {
      listeners.response(info, attempt, response.code(), Duration.ofNanos(elapsedNanos));
    }
    if (log.debugEnabled()) {
      log.response(response.code(), ep.url.toString(), requestId, elapsedNanos / 1_000_000);
    }
    if (response.isSuccessful()) {
      return new Opened(call, response, attempt);
    }
    if (HttpPolicy.isRedirect(response.code())) {
      response.close();
      throw classifier.redirect(
          response.code(),
          response.headers(),
          HttpPolicy.redirectOrigin(response),
          requestId,
          attempt);
    }
    try (response) {
      String text = errorBody(response);
      throw classifier.fromResponse(
          response.code(),
          response.headers(),
          text,
          requestId,
          attempt,
          settings,
          request.headers());
    }
  }

  private Request request(
      Endpoint ep,
      @Nullable RequestBody body,
      RequestOptions opts,
      String requestId,
      boolean streaming) {
    Request.Builder b =
        new Request.Builder().url(ep.url).headers(streaming ? sseHeaders : jsonHeaders);
    ApiKeyProvider key = apiKey;
    if (key != null) {
      String value = credential(key.apiKey(), "apiKeyProvider");
      if (keyHeaderPreset) {
        b.header(apiKeyHeader, value);
      } else {
        b.addHeader(apiKeyHeader, value); // no scan for an existing value
      }
    }
    BearerTokenProvider token = bearer;
    if (token != null) {
      String value = "Bearer " + credential(token.token(), "bearerTokenProvider");
      if (authorizationPreset) {
        b.header("Authorization", value);
      } else {
        b.addHeader("Authorization", value);
      }
    }
    Map<String, String> extra = opts.headers();
    if (!extra.isEmpty()) {
      extra.forEach(b::header);
    }
    // Never among the client's or the call's headers (both route it to the request id).
    b.addHeader(RequestOptions.REQUEST_ID_HEADER, requestId);
    return b.method(ep.method, body).build();
  }

  private static String credential(@Nullable String value, String source) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(source + " returned a null or blank credential");
    }
    String problem = HeaderValues.problem(value);
    if (problem != null) {
      // Before OkHttp sees it: its own check would quote the whole value in the message.
      throw new IllegalStateException(source + " returned a credential that " + problem);
    }
    return value;
  }

  private static boolean notAnEventStream(String subtype) {
    return subtype.equals("json")
        || subtype.endsWith("+json")
        || subtype.equals("html")
        || subtype.equals("xhtml+xml");
  }

  private static String truncate(String text) {
    return text.length() <= MAX_ERROR_BODY ? text : text.substring(0, (int) MAX_ERROR_BODY);
  }

  private static String errorBody(Response response) {
    try {
      BufferedSource source = response.body().source();
      source.request(MAX_ERROR_BODY);
      Buffer buffer = source.getBuffer();
      return buffer.readUtf8(Math.min(buffer.size(), MAX_ERROR_BODY));
    } catch (IOException e) {
      return "";
    }
  }

  private GatewayException ioFailure(
      IOException e, String requestId, int attempt, @Nullable CallHandle handle) {
    if (handle != null && handle.cancelled()) {
      return new TransportException(
          "The call was cancelled.",
          ErrorContext.builder()
              .source(ErrorSource.CLIENT)
              .requestId(requestId)
              .attempts(attempt)
              .build(),
          e);
    }
    return classifier.fromIo(e, requestId, attempt);
  }

  private ServerException unreadable(
      Endpoint ep, Headers sent, String requestId, int attempt, JacksonException e) {
    return new ServerException(
        "The server answered "
            + ep.path
            + " with a body this client cannot read ("
            + classifier.parseProblem(e, sent)
            + "). Check that the base URL points at an OpenAI-compatible gateway.",
        ErrorContext.builder()
            .statusCode(200)
            .source(ErrorSource.MODEL_SERVER)
            .requestId(requestId)
            .attempts(attempt)
            .build(),
        classifier.safeCause(e, sent));
  }

  private void onRetry(
      @Nullable CallInfo info,
      String requestId,
      int attempt,
      Duration wait,
      GatewayException cause,
      String reason) {
    if (log.debugEnabled()) {
      log.log(
          Level.DEBUG,
          "retrying x-request-id "
              + requestId
              + " in "
              + wait.toMillis()
              + " ms after attempt "
              + attempt
              + " failed ("
              + cause.getClass().getSimpleName()
              + cause.errorCode().map(c -> " " + c).orElse("")
              + "): "
              + reason);
    }
    listeners.retry(info, attempt, wait, cause);
  }

  /** The end of a call's total timeout, or null without one. */
  private @Nullable Instant deadline(RetrySettings settings) {
    return settings.totalTimeout().map(t -> clock.instant().plus(t)).orElse(null);
  }

  /**
   * The call timeout of a non-streaming attempt: the per-request timeout, cut to what is left of
   * the total timeout so that an attempt cannot outlive the deadline; 0 for none. (Streams are
   * bounded by their headers and idle timeouts instead; the deadline covers only their retries.)
   */
  private long callTimeoutMillis(RequestOptions opts, @Nullable Instant deadline) {
    long millis = opts.timeout().map(Duration::toMillis).orElse(0L);
    if (deadline != null) {
      long left = Math.max(1, Duration.between(clock.instant(), deadline).toMillis());
      millis = millis == 0 ? left : Math.min(millis, left);
    }
    return millis;
  }

  private String requestId(RequestOptions opts) {
    return opts.requestId().orElseGet(RequestIds::next);
  }

  private @Nullable CallInfo callInfo(Endpoint ep, String requestId, boolean streaming) {
    return listeners.isEmpty()
        ? null
        : new CallInfo(ep.method, ep.path, requestId, streaming, clock.instant());
  }

  private RetrySettings settings(RequestOptions opts) {
    RetrySettings s = opts.retrySettings().orElse(retrySettings);
    Integer max = opts.maxRetries().orElse(null);
    return max == null || max == s.maxRetries() ? s : s.toBuilder().maxRetries(max).build();
  }

  /**
   * Closes the threads this transport created, and the connections if it created the OkHttpClient.
   * Every call after this, sync or async, on this client or a view derived from it, fails with an
   * {@link IllegalStateException}.
   *
   * @param ownsHttp whether the OkHttpClient was created by the client
   */
  public void shutdown(boolean ownsHttp) {
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

  private static final class Opened {
    final Call call;
    final Response response;
    final int attempt;

    Opened(Call call, Response response, int attempt) {
      this.call = call;
      this.response = response;
      this.attempt = attempt;
    }
  }
}
