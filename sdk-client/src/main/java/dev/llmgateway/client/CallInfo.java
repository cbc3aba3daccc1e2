package dev.llmgateway.client;

import java.time.Instant;
import java.util.Objects;

/**
 * Describes one logical call (all its attempts) to listeners: the endpoint, the request id sent as
 * {@code x-request-id}, whether it streams, and when it started. Immutable.
 */
public final class CallInfo {
  private final String method;
  private final String path;
  private final String requestId;
  private final boolean streaming;
  private final Instant startedAt;

  /**
   * Creates call information.
   *
   * @param method the HTTP method
   * @param path the URL path, for example {@code /v1/chat/completions}
   * @param requestId the request id
   * @param streaming whether the call streams
   * @param startedAt when the call started, from the client's clock
   */
  public CallInfo(
      String method, String path, String requestId, boolean streaming, Instant startedAt) {
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.requestId = Objects.requireNonNull(requestId, "requestId == null");
    this.streaming = streaming;
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt == null");
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the URL path.
   *
   * @return the path
   */
  public String path() {
    return path;
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
   * Returns whether the call streams its response.
   *
   * @return true for streams
   */
  public boolean streaming() {
    return streaming;
  }

  /**
   * Returns when the call started.
   *
   * @return the start instant
   */
  public Instant startedAt() {
    return startedAt;
  }

  @Override
  public String toString() {
    return "CallInfo{"
        + method
        + " "
        + path
        + ", requestId="
        + requestId
        + ", streaming="
        + streaming
        + "}";
  }
}
