package dev.llmgateway.client.errors;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of the client's unchecked exceptions. Subtypes name the cause; every instance carries an
 * {@link ErrorContext}: HTTP status, error code, source, raw body, headers, request id and the
 * number of attempts made. Messages never contain API keys or tokens.
 *
 * <p>The hierarchy is sealed: catch by type, but do not subclass; the permitted subtypes are the
 * whole set of causes the client reports.
 */
public sealed class GatewayException extends RuntimeException
    permits AuthenticationException,
        BadRequestException,
        GatewayTimeoutException,
        NotFoundException,
        QuotaExceededException,
        RateLimitedException,
        ServerException,
        ServiceUnavailableException,
        StreamException,
        TransportException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorContext context;

  /**
   * Creates an exception.
   *
   * @param message what happened and what to do
   * @param context the error context
   * @param cause the underlying cause, or null
   */
  public GatewayException(String message, ErrorContext context, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message == null"), cause);
    this.context = Objects.requireNonNull(context, "context == null");
  }

  /**
   * Returns the full error context.
   *
   * @return the context
   */
  public ErrorContext context() {
    return context;
  }

  /**
   * Returns the HTTP status code, or 0 when no response was received.
   *
   * @return the status code
   */
  public int statusCode() {
    return context.statusCode();
  }

  /**
   * Returns the error code sent by the failing layer, if any (for example {@code
   * policies.ratelimit.QuotaViolation} or {@code InferencePoolResourceExhausted}).
   *
   * @return the error code
   */
  public Optional<String> errorCode() {
    return context.errorCode();
  }

  /**
   * Returns the layer that produced the error.
   *
   * @return the source
   */
  public ErrorSource source() {
    return context.source();
  }

  /**
   * Returns the raw response body (possibly truncated), or an empty string.
   *
   * @return the raw body
   */
  public String rawBody() {
    return context.rawBody();
  }

  /**
   * Returns the response headers, names in lower case.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return context.headers();
  }

  /**
   * Returns the {@code x-request-id} sent with the call, if known.
   *
   * @return the request id
   */
  public Optional<String> requestId() {
    return context.requestId();
  }

  /**
   * Returns the number of attempts made, including the first.
   *
   * @return the attempts
   */
  public int attempts() {
    return context.attempts();
  }
}
