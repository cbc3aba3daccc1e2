package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.CallInfo;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.errors.ErrorContext;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.TransportException;
import dev.llmgateway.client.internal.error.ErrorClassifier;
import dev.llmgateway.client.internal.retry.Retrier;
import dev.llmgateway.client.internal.retry.RetryCall;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * One logical call and the state its attempts share: endpoint, body, options, request id, listener
 * info, retries with their deadline, the async handle, and the current attempt. Like OkHttp's
 * {@code Interceptor.Chain}, it carries an attempt through request, send, classify and (through the
 * {@link Retrier}) retry decision to its {@link ResponseHandler}, which reads the body or opens the
 * stream. An attempt is run by one thread at a time.
 *
 * @param <T> the result
 */
public final class GatewayCall<T> implements RetryCall<T> {
  private static final long MAX_ERROR_BODY = 64 * 1024;

  private final HttpTransport transport;
  private final Endpoint endpoint;
  private final @Nullable RequestBody body;
  private final RequestOptions options;
  private final ResponseHandler<T> handler;
  private final String requestId;
  private final @Nullable CallInfo info;
  private final Retrier.Retries<Object> retries;
  private final long startNanos = System.nanoTime();
  private @Nullable CallHandle handle;
  private int attempt;

  GatewayCall(
      HttpTransport transport,
      Endpoint endpoint,
      @Nullable RequestBody body,
      RequestOptions options,
      ResponseHandler<T> handler) {
    this.transport = transport;
    this.endpoint = endpoint;
    this.body = body;
    this.options = options;
    this.handler = handler;
    this.requestId = options.requestId().orElseGet(RequestIds::next);
    this.info =
        transport.listeners.isEmpty()
            ? null
            : new CallInfo(
                endpoint.method,
                endpoint.path,
                requestId,
                handler.streaming(),
                transport.clock.instant());
    this.retries = transport.retries(options);
  }

  @Override
  public T attempt(int number) {
    attempt = number;
    if (transport.closed) {
      throw HttpTransport.closedClient(null); // every attempt, so a retry after close() is rejected
    }
    Request request = transport.requests.request(this);
    boolean streaming = handler.streaming();
    Call http = transport.newHttpCall(request, streaming);
    long timeout = streaming ? 0 : callTimeoutMillis();
    if (timeout > 0) {
      http.timeout().timeout(timeout, TimeUnit.MILLISECONDS);
    }
    CallHandle h = handle;
    if (h != null) {
      h.attach(http);
    }
    transport.quota.recordRequest();
    transport.listeners.request(info, number);
    if (transport.log.debugEnabled()) {
      transport.log.request(endpoint.method, endpoint.url.toString(), request.headers(), number);
    }
    long t0 = System.nanoTime();
    Response response = send(http, streaming);
    long elapsedNanos = System.nanoTime() - t0;
    if (info != null) {
      transport.listeners.response(info, number, response.code(), Duration.ofNanos(elapsedNanos));
    }
    if (transport.log.debugEnabled()) {
      transport.log.response(
          response.code(), endpoint.url.toString(), requestId, elapsedNanos / 1_000_000);
    }
    if (response.isSuccessful()) {
      return handler.handle(this, http, response);
    }
    ErrorClassifier classifier = transport.classifier;
    if (HttpPolicy.isRedirect(response.code())) {
      response.close();
      throw classifier.redirect(response, requestId, number);
    }
    try (response) {
      throw classifier.fromResponse(response, errorBody(response), requestId, number);
    }
  }

  /** Sends the request; a stream's wait for its response headers is bounded by a timeout. */
  private Response send(Call http, boolean streaming) {
    try {
      return streaming
          ? HeadersTimeout.execute(http, transport.streamHeadersMillis)
          : http.execute();
    } catch (IOException e) {
      throw ioFailure(e);
    }
  }

  /**
   * The call timeout of a non-streaming attempt: the per-request timeout, cut to what is left of
   * the total timeout so that an attempt cannot outlive the deadline; 0 for none. (Streams are
   * bounded by their headers and idle timeouts instead; the deadline covers only their retries.)
   */
  private long callTimeoutMillis() {
    long millis = options.timeout().map(Duration::toMillis).orElse(0L);
    Instant deadline = retries.deadline();
    if (deadline != null) {
      long left = Math.max(1, Duration.between(transport.clock.instant(), deadline).toMillis());
      millis = millis == 0 ? left : Math.min(millis, left);
    }
    return millis;
  }

  /**
   * Classifies an I/O failure of this attempt; a cancelled async call says so instead.
   *
   * @param e the failure
   * @return the exception
   */
  public GatewayException ioFailure(IOException e) {
    CallHandle h = handle;
    if (h != null && h.cancelled()) {
      return new TransportException(
          "The call was cancelled.",
          ErrorContext.builder()
              .source(ErrorSource.CLIENT)
              .requestId(requestId)
              .attempts(attempt)
              .build(),
          e);
    }
    return transport.classifier.fromIo(e, requestId, attempt);
  }

  @Override
  public void retrying(
      int failedAttempt, Duration wait, @Nullable T result, @Nullable Throwable failure) {
    GatewayException cause = (GatewayException) failure; // only failures are retried
    if (cause == null) {
      return;
    }
    if (transport.log.debugEnabled()) {
      transport.log.log(
          Level.DEBUG,
          "retrying x-request-id "
              + requestId
              + " in "
              + wait.toMillis()
              + " ms after attempt "
              + failedAttempt
              + " failed ("
              + cause.getClass().getSimpleName()
              + cause.errorCode().map(c -> " " + c).orElse("")
              + "): "
              + transport.waits.reason(cause));
    }
    transport.listeners.retry(info, failedAttempt, wait, cause);
  }

  @Override
  public RuntimeException failed(Throwable failure, int attempts) {
    if (failure instanceof GatewayException) {
      transport.listeners.error(info, (GatewayException) failure);
    }
    return failure instanceof RuntimeException
        ? (RuntimeException) failure
        : new IllegalStateException(failure); // attempts throw no checked exceptions
  }

  @Override
  public RuntimeException interrupted(InterruptedException interrupt, @Nullable Throwable failure) {
    GatewayException cause = (GatewayException) Objects.requireNonNull(failure); // as retried
    TransportException e =
        new TransportException(
            "The call was interrupted while waiting to retry; it was not completed.",
            cause.context().toBuilder().source(ErrorSource.CLIENT).build(),
            interrupt);
    transport.listeners.error(info, e);
    return e;
  }

  /**
   * Reads at most 64 KiB of an error body as text; empty if it cannot be read.
   *
   * @param response the response
   * @return the text
   */
  public static String errorBody(Response response) {
    try {
      BufferedSource source = response.body().source();
      source.request(MAX_ERROR_BODY);
      Buffer buffer = source.getBuffer();
      return buffer.readUtf8(Math.min(buffer.size(), MAX_ERROR_BODY));
    } catch (IOException e) {
      return "";
    }
  }

  void attach(CallHandle handle) {
    this.handle = handle;
  }

  Retrier.Retries<Object> retries() {
    return retries;
  }

  Endpoint endpoint() {
    return endpoint;
  }

  @Nullable RequestBody body() {
    return body;
  }

  RequestOptions options() {
    return options;
  }

  boolean streaming() {
    return handler.streaming();
  }

  /**
   * Returns the request id, the same on every attempt.
   *
   * @return the request id
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Returns the number of the current attempt, which is the number of requests sent so far.
   *
   * @return the attempt, from 1
   */
  public int attempt() {
    return attempt;
  }

  /**
   * Returns the call's description for listeners.
   *
   * @return the call info, or null without listeners
   */
  public @Nullable CallInfo info() {
    return info;
  }

  /**
   * Returns {@link System#nanoTime()} at the start of the call.
   *
   * @return the start time
   */
  public long startNanos() {
    return startNanos;
  }

  /**
   * Returns the stream idle timeout of this call: the per-call one, else the client's.
   *
   * @return the timeout in milliseconds
   */
  public long streamIdleMillis() {
    return options.streamIdleTimeout().map(Duration::toMillis).orElse(transport.streamIdleMillis);
  }

  /**
   * Returns the client's listeners.
   *
   * @return the listeners
   */
  public Listeners listeners() {
    return transport.listeners;
  }

  /**
   * Returns the client's error classifier.
   *
   * @return the classifier
   */
  public ErrorClassifier classifier() {
    return transport.classifier;
  }
}
