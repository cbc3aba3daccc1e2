package dev.llmgateway.client.internal.error;

import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.BadRequestException;
import dev.llmgateway.client.errors.ErrorContext;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.GatewayTimeoutException;
import dev.llmgateway.client.errors.NotFoundException;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.client.errors.RateLimitedException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.ServiceUnavailableException;
import dev.llmgateway.client.errors.StreamException;
import dev.llmgateway.client.errors.TransportException;
import dev.llmgateway.client.internal.http.HttpPolicy;
import dev.llmgateway.client.internal.log.Secrets;
import dev.llmgateway.client.internal.retry.QuotaResetEstimator;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * The one place that turns failures into exceptions: HTTP error responses in the four dialects,
 * error events inside streams, and I/O failures. Errors are classified by error code (Apigee {@code
 * errorcode}, vLLM {@code code}, Endpoint Picker code), falling back to the HTTP status; never by
 * message text. Apigee Edge sends quota faults with HTTP 500, so the code wins over the status.
 * This class is thread-safe.
 */
public final class ErrorClassifier {
  /** Longest server message quoted in an exception message. */
  private static final int MAX_QUOTED = 300;

  private final QuotaResetEstimator quota;
  private final Secrets secrets;

  /**
   * Creates a classifier.
   *
   * @param quota estimates quota resets for {@link QuotaExceededException}, from the client's quota
   *     windows
   * @param secrets removes credentials a server echoes back from exception messages
   */
  public ErrorClassifier(QuotaResetEstimator quota, Secrets secrets) {
    this.quota = quota;
    this.secrets = secrets;
  }

  /**
   * Classifies an HTTP error response.
   *
   * @param response the response; the credentials of its request never reach the message
   * @param body the response body (possibly truncated)
   * @param requestId the request id
   * @param attempt the attempt number (attempts made so far)
   * @return the exception
   */
  public GatewayException fromResponse(
      Response response, String body, String requestId, int attempt) {
    return classify(
        response.code(),
        response.headers(),
        body,
        requestId,
        attempt,
        response.request().headers());
  }

  private GatewayException classify(
      int status, Headers headers, String body, String requestId, int attempt, Headers sent) {
    ParsedError p = ErrorBodyParser.parse(body);
    ErrorKind kind = ErrorKind.of(status, p);
    ErrorContext ctx =
        ErrorContext.builder()
            .statusCode(status)
            .errorCode(scrub(p.code, sent))
            .source(p.source)
            .rawBody(body)
            .headers(multimap(headers))
            .requestId(requestId)
            .attempts(attempt)
            .build();
    String facts = facts(ctx);
    // The raw body is kept as sent (rawBody()); the message may be logged, so no credentials.
    String quoted = quote(p.message == null ? null : secrets.scrub(p.message, sent));
    switch (kind) {
      case AUTHENTICATION:
        return new AuthenticationException(
            "Authentication failed" + quoted + facts + ". " + Advice.authentication(p.code),
            ctx,
            null);
      case QUOTA:
        Instant resetAt = quota.estimate(p.code);
        return new QuotaExceededException(
            "Quota exceeded"
                + quoted
                + facts
                + ". The quota resets at about "
                + resetAt
                + "; wait until then, raise RetrySettings.maxWait so the client waits for it, or"
                + " ask for a larger quota.",
            ctx,
            resetAt);
      case RATE_LIMITED:
        return new RateLimitedException(
            "Rate limited"
                + quoted
                + facts
                + ". The gateway is limiting or shedding load; retry later or lower the request"
                + " rate.",
            ctx,
            null);
      case NOT_FOUND:
        return new NotFoundException(
            "Not found"
                + quoted
                + facts
                + ". Check the model name (client.models().list() lists them) and the base URL.",
            ctx,
            null);
      case UNAVAILABLE:
        return new ServiceUnavailableException(
            "Service unavailable"
                + quoted
                + facts
                + ". No model server could take the call; retry later.",
            ctx,
            null);
      case TIMEOUT:
        return new GatewayTimeoutException(
            "Gateway timeout"
                + quoted
                + facts
                + ". The model server took too long; retry, ask for fewer tokens, or use"
                + " streaming.",
            ctx,
            null);
      case BAD_REQUEST:
        boolean contextLength = p.contextLengthExceeded();
        return new BadRequestException(
            "Bad request"
                + quoted
                + facts
                + (contextLength
                    ? ". The prompt plus max tokens exceeds the model's context length; shorten"
                        + " the prompt or lower maxTokens."
                    : ". " + Advice.badRequest(p.code)),
            ctx,
            p.param,
            contextLength);
      default:
        return new ServerException(
            "Server error" + quoted + facts + ". " + Advice.server(p.code), ctx, null);
    }
  }

  /**
   * Tells whether a JSON text is an error document in one of the dialects: a top-level {@code
   * fault} object, {@code error} object or string, or {@code "object": "error"}.
   *
   * @param json the text
   * @return whether it is an error document
   */
  public boolean isErrorDocument(String json) {
    return ErrorBodyParser.parseJson(json) != null;
  }

  /**
   * Classifies a 2xx body that is not the result asked for: an error document in any dialect
   * becomes the exception its code (else the status) calls for, like the same document with an
   * error status; anything else is a {@link ServerException}.
   *
   * @param response the 2xx response
   * @param expected what was asked for, e.g. {@code "a chat completion"}
   * @param body the body as JSON (possibly truncated)
   * @param requestId the request id
   * @param attempt the attempts made
   * @return the exception
   */
  public GatewayException notTheResult(
      Response response, String expected, String body, String requestId, int attempt) {
    if (isErrorDocument(body)) {
      return fromResponse(response, body, requestId, attempt);
    }
    ErrorContext ctx =
        ErrorContext.builder()
            .statusCode(response.code())
            .source(ErrorSource.MODEL_SERVER)
            .rawBody(body)
            .headers(multimap(response.headers()))
            .requestId(requestId)
            .attempts(attempt)
            .build();
    return new ServerException(
        "The server answered with a body that is not "
            + expected
            + facts(ctx)
            + ". Check that the base URL points at an OpenAI-compatible gateway; rawBody() shows"
            + " what it sent.",
        ctx,
        null);
  }

  /**
   * Creates the error for a streaming request answered with something other than an event stream:
   * an error document is classified like {@link #notTheResult}; an HTML page (a login portal, a
   * proxy's error page, a web server at the base URL) or other JSON is a {@link StreamException} at
   * chunk 0 that says what came instead.
   *
   * @param response the 2xx response
   * @param type the content type that came
   * @param body the body (possibly truncated)
   * @param requestId the request id
   * @param attempt the attempts made
   * @return the exception
   */
  public GatewayException notAnEventStream(
      Response response, String type, String body, String requestId, int attempt) {
    Headers headers = response.headers();
    if (type.contains("json") && isErrorDocument(body)) {
      return classify(200, headers, body, requestId, attempt, response.request().headers());
    }
    String what =
        type.contains("html")
            ? "The server answered a streaming request with an HTML page ("
                + type
                + ") instead of text/event-stream: the base URL probably points at a web server, a"
                + " login portal or a proxy's error page rather than the gateway"
            : "The server answered a streaming request with "
                + type
                + " instead of text/event-stream; check that the endpoint supports stream: true";
    ErrorContext ctx =
        ErrorContext.builder()
            .statusCode(200)
            .source(ErrorSource.CLIENT)
            .rawBody(body)
            .headers(multimap(headers))
            .requestId(requestId)
            .attempts(attempt)
            .build();
    return new StreamException(what + " at chunk 0" + facts(ctx) + ".", ctx, 0, null);
  }

  /**
   * Creates the error for a redirect, which the SDK never follows (see {@code HttpPolicy}): a
   * {@link ServerException} carrying the 3xx status that names only the origin the redirect points
   * to (its path and query may carry secrets). Never retried.
   *
   * @param response the 3xx response
   * @param requestId the request id
   * @param attempt the attempts made
   * @return the exception
   */
  public ServerException redirect(Response response, String requestId, int attempt) {
    String target = HttpPolicy.redirectOrigin(response);
    ErrorContext ctx =
        ErrorContext.builder()
            .statusCode(response.code())
            .source(ErrorSource.GATEWAY)
            .headers(multimap(response.headers()))
            .requestId(requestId)
            .attempts(attempt)
            .build();
    return new ServerException(
        "The server answered with a redirect "
            + (target == null ? "without a Location" : "to " + target)
            + facts(ctx)
            + ". This client never follows redirects, so the request and its credentials never"
            + " leave the configured origin: fix baseUrl to the address the gateway serves (for"
            + " example http:// -> https://, or the host the redirect names if you trust it).",
        ctx,
        null);
  }

  /**
   * Classifies an error event inside a stream ({@code data: {"error":...}} in old or new vLLM
   * shape, or {@code event: error}).
   *
   * @param data the event data
   * @param chunkIndex the position of the event
   * @param response the stream's response; the credentials of its request never reach the message
   * @param requestId the request id
   * @param attempt the attempts made
   * @return the exception
   */
  public StreamException fromStreamEvent(
      String data, long chunkIndex, Response response, String requestId, int attempt) {
    Headers sent = response.request().headers();
    ParsedError p =
        ErrorBodyParser.parseJson(data.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ErrorSource source = p == null ? ErrorSource.MODEL_SERVER : p.source;
    String code = p == null ? null : scrub(p.code, sent);
    String message = p == null ? data : p.message;
    ErrorContext ctx =
        ErrorContext.builder()
            .statusCode(200)
            .errorCode(code)
            .source(source)
            .rawBody(data)
            .headers(multimap(response.headers()))
            .requestId(requestId)
            .attempts(attempt)
            .build();
    return new StreamException(
        "The server reported an error inside the stream at chunk "
            + chunkIndex
            + quote(message == null ? null : secrets.scrub(message, sent))
            + facts(ctx)
            + ". The output so far is incomplete; the call was not retried because generation had"
            + " started.",
        ctx,
        chunkIndex,
        null);
  }

  /**
   * Creates a stream failure detected by the client (truncation, malformed event, read error).
   *
   * @param what what happened
   * @param cause the cause, or null
   * @param chunkIndex the position
   * @param headers the response headers
   * @param requestId the request id
   * @param attempt the attempts made
   * @return the exception
   */
  public StreamException streamFailure(
      String what,
      @Nullable Throwable cause,
      long chunkIndex,
      Headers headers,
      String requestId,
      int attempt) {
    ErrorContext ctx =
        ErrorContext.builder()
            .statusCode(200)
            .source(ErrorSource.CLIENT)
            .headers(multimap(headers))
            .requestId(requestId)
            .attempts(attempt)
            .build();
    return new StreamException(
        what + " at chunk " + chunkIndex + facts(ctx) + ". The output so far is incomplete.",
        ctx,
        chunkIndex,
        cause);
  }

  /**
   * Classifies an I/O failure of an attempt. When the attempt's own timeout (the call timeout of
   * {@code timeout()} or the total timeout) fired, the caller's time is up: a {@link
   * GatewayTimeoutException}, not re-sent. Otherwise a failure before the request may have reached
   * the server (see {@link HttpPolicy#requestMayHaveBeenSent}) is a connect failure, a connect or
   * TLS handshake timeout included: a {@link TransportException} that the retry table re-sends.
   * After that, a read or write timeout is a {@link GatewayTimeoutException} and anything else a
   * {@link TransportException}, neither re-sent since the server may be working on the request.
   *
   * @param e the failure
   * @param requestId the request id
   * @param attempt the attempt number
   * @return the exception
   */
  public GatewayException fromIo(IOException e, String requestId, int attempt) {
    ErrorContext ctx =
        ErrorContext.builder()
            .source(ErrorSource.CLIENT)
            .requestId(requestId)
            .attempts(attempt)
            .build();
    String detail =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    boolean sent = HttpPolicy.requestMayHaveBeenSent(e);
    // InterruptedIOException("timeout"): OkHttp's call timeout fired (AsyncTimeout);
    // SocketTimeoutException: a connect, read or write timeout of the socket.
    boolean callTimeout =
        !(e instanceof SocketTimeoutException)
            && e instanceof InterruptedIOException
            && "timeout".equals(e.getMessage());
    if (callTimeout && !sent) {
      return new GatewayTimeoutException(
          "No connection to the gateway within the client's timeout ("
              + detail
              + ")"
              + facts(ctx)
              + "; the request was not sent. Raise the timeout or check that the gateway is"
              + " reachable at the base URL.",
          ctx,
          e);
    }
    if (!sent) {
      return new TransportException(
          "Could not connect to the gateway ("
              + detail
              + ")"
              + facts(ctx)
              + "; the request was not sent. Check that the gateway is reachable at the base URL.",
          ctx,
          e);
    }
    if (callTimeout || e instanceof SocketTimeoutException) {
      return new GatewayTimeoutException(
          "No response within the client's timeout ("
              + detail
              + ")"
              + facts(ctx)
              + ". Raise the timeout, ask for fewer tokens, or use streaming.",
          ctx,
          e);
    }
    return new TransportException(
        "The connection failed after the request was sent ("
            + detail
            + ")"
            + facts(ctx)
            + ". It was not re-sent because the server may have received it and be generating;"
            + " retry yourself if a duplicate is acceptable.",
        ctx,
        e);
  }

  /**
   * Describes a body the JSON parser rejected, without a credential the body may echo: the parser's
   * message quotes the offending token, which can be the key.
   *
   * @param e the parser's exception
   * @param sent the headers of the request, whose credentials never reach the text
   * @return the parser's message, scrubbed
   */
  public String parseProblem(JacksonException e, Headers sent) {
    String m = e.getOriginalMessage();
    return m == null ? e.getClass().getSimpleName() : secrets.scrub(m, sent);
  }

  /**
   * Returns the parser's exception to attach as a cause, or null when its message quotes a
   * credential the body echoed (a printed stack trace would show it).
   *
   * @param e the parser's exception
   * @param sent the headers of the request
   * @return {@code e}, or null
   */
  public @Nullable JacksonException safeCause(JacksonException e, Headers sent) {
    String m = e.getOriginalMessage();
    return m == null || secrets.scrub(m, sent).equals(m) ? e : null;
  }

  private @Nullable String scrub(@Nullable String code, Headers sent) {
    return code == null ? null : secrets.scrub(code, sent);
  }

  private static Map<String, List<String>> multimap(Headers headers) {
    return headers.size() == 0 ? Map.of() : headers.toMultimap();
  }

  private static String quote(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "";
    }
    String m = message.strip();
    return ": " + (m.length() > MAX_QUOTED ? m.substring(0, MAX_QUOTED) + "..." : m);
  }

  private static String facts(ErrorContext ctx) {
    StringBuilder sb = new StringBuilder(" (");
    if (ctx.statusCode() > 0) {
      sb.append("HTTP ").append(ctx.statusCode()).append(", ");
    }
    ctx.errorCode().ifPresent(c -> sb.append("code ").append(c).append(", "));
    sb.append("source ").append(ctx.source());
    ctx.requestId().ifPresent(id -> sb.append(", x-request-id ").append(id));
    sb.append(", attempts ").append(ctx.attempts()).append(')');
    return sb.toString();
  }
}
