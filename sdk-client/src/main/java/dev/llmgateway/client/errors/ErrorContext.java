package dev.llmgateway.client.errors;

import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a failed call: HTTP status, error code, source, raw body, response headers,
 * request id and attempts made. Immutable; build with {@link #builder()}.
 *
 * <p>Required: {@code source}. Everything else is optional.
 */
public final class ErrorContext {
  private final int statusCode;
  private final @Nullable String errorCode;
  private final ErrorSource source;
  private final String rawBody;
  private final Map<String, List<String>> headers;
  private final @Nullable String requestId;
  private final int attempts;

  private ErrorContext(Builder b) {
    this.statusCode = b.statusCode;
    this.errorCode = b.errorCode;
    this.source = Objects.requireNonNull(b.source, "source == null");
    this.rawBody = b.rawBody;
    this.headers = b.headers;
    this.requestId = b.requestId;
    this.attempts = b.attempts;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no status, source {@link ErrorSource#CLIENT} and one attempt
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this context's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.statusCode = statusCode;
    b.errorCode = errorCode;
    b.source = source;
    b.rawBody = rawBody;
    b.headers = headers;
    b.requestId = requestId;
    b.attempts = attempts;
    return b;
  }

  /**
   * Returns the HTTP status code, or 0 when no response was received.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the error code sent by the failing layer (Apigee {@code detail.errorcode}, vLLM {@code
   * code}, Endpoint Picker code), if any.
   *
   * @return the error code
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Returns the layer that produced the error.
   *
   * @return the source
   */
  public ErrorSource source() {
    return source;
  }

  /**
   * Returns the raw response body (possibly truncated), or an empty string.
   *
   * @return the raw body
   */
  public String rawBody() {
    return rawBody;
  }

  /**
   * Returns the response headers (names in lower case), or an empty map.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the {@code x-request-id} of the call, if known.
   *
   * @return the request id
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the number of attempts made, including the first.
   *
   * @return the attempts
   */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "ErrorContext{status="
        + statusCode
        + ", errorCode="
        + errorCode
        + ", source="
        + source
        + ", requestId="
        + requestId
        + ", attempts="
        + attempts
        + "}";
  }

  /** Builds {@link ErrorContext} values. Not thread-safe. */
  public static final class Builder {
    private int statusCode;
    private @Nullable String errorCode;
    private @Nullable ErrorSource source = ErrorSource.CLIENT;
    private String rawBody = "";
    private Map<String, List<String>> headers = Map.of();
    private @Nullable String requestId;
    private int attempts = 1;

    private Builder() {}

    /**
     * Sets the HTTP status code (0 when there was no response).
     *
     * @param statusCode the status
     * @return this builder
     */
    public Builder statusCode(int statusCode) {
      this.statusCode = (int) Checks.nonNegative(statusCode, "statusCode");
      return this;
    }

    /**
     * Sets the error code.
     *
     * @param errorCode the code, or null
     * @return this builder
     */
    public Builder errorCode(@Nullable String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    /**
     * Sets the source.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(ErrorSource source) {
      this.source = Objects.requireNonNull(source, "source == null");
      return this;
    }

    /**
     * Sets the raw body.
     *
     * @param rawBody the body
     * @return this builder
     */
    public Builder rawBody(String rawBody) {
      this.rawBody = Objects.requireNonNull(rawBody, "rawBody == null");
      return this;
    }

    /**
     * Sets the response headers; the map is copied.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder headers(Map<String, List<String>> headers) {
      this.headers = Map.copyOf(Objects.requireNonNull(headers, "headers == null"));
      return this;
    }

    /**
     * Sets the request id.
     *
     * @param requestId the id, or null
     * @return this builder
     */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Sets the number of attempts made.
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder attempts(int attempts) {
      this.attempts = (int) Checks.atLeast(attempts, 1, "attempts");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     */
    public ErrorContext build() {
      return new ErrorContext(this);
    }
  }
}
