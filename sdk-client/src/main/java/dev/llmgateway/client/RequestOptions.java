package dev.llmgateway.client;

import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.http.HeaderValues;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-call options: extra headers (which override the client's headers of the same name), the typed
 * gateway headers of the GKE Inference Gateway, a request id, timeouts and retry settings.
 * Immutable; build with {@link #builder()}; every field is optional.
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .inferenceObjective("premium")       // x-gateway-inference-objective
 *     .fairnessId("tenant-42")             // x-gateway-inference-fairness-id
 *     .sloTtft(Duration.ofMillis(500))     // x-slo-ttft-ms
 *     .maxRetries(0)
 *     .build();
 * ChatCompletion c = client.chat().create(request, options);
 * }</pre>
 *
 * <p>{@code toString()} lists header names only, never values.
 */
public final class RequestOptions {
  /** Header naming the InferenceObjective (priority) of the call. */
  public static final String INFERENCE_OBJECTIVE_HEADER = "x-gateway-inference-objective";

  /** Header naming the fairness group (tenant) of the call. */
  public static final String FAIRNESS_ID_HEADER = "x-gateway-inference-fairness-id";

  /** Header asking the gateway to rewrite the model name. */
  public static final String MODEL_NAME_REWRITE_HEADER = "x-gateway-model-name-rewrite";

  /** Header with the time-to-first-token objective in milliseconds (EPP v1.2+). */
  public static final String SLO_TTFT_HEADER = "x-slo-ttft-ms";

  /** Header with the time-per-output-token objective in milliseconds (EPP v1.2+). */
  public static final String SLO_TPOT_HEADER = "x-slo-tpot-ms";

  /** Header carrying the request id, reused on every retry of a call. */
  public static final String REQUEST_ID_HEADER = "x-request-id";

  private static final String DESTINATION_HEADER = "x-gateway-destination-endpoint";
  private static final RequestOptions NONE = builder().build();

  private final Map<String, String> headers;
  private final @Nullable String requestId;
  private final @Nullable Duration timeout;
  private final @Nullable Duration streamIdleTimeout;
  private final @Nullable RetrySettings retrySettings;
  private final @Nullable Integer maxRetries;

  private RequestOptions(Builder b) {
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.requestId = b.requestId;
    this.timeout = b.timeout;
    this.streamIdleTimeout = b.streamIdleTimeout;
    this.retrySettings = b.retrySettings;
    this.maxRetries = b.maxRetries;
  }

  /**
   * Returns options that change nothing.
   *
   * @return empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.headers.putAll(headers);
    b.requestId = requestId;
    b.timeout = timeout;
    b.streamIdleTimeout = streamIdleTimeout;
    b.retrySettings = retrySettings;
    b.maxRetries = maxRetries;
    return b;
  }

  /**
   * Returns options in which the given options' values override these.
   *
   * @param overrides options whose set values win
   * @return the merged options
   */
  public RequestOptions mergedWith(RequestOptions overrides) {
    Objects.requireNonNull(overrides, "overrides == null");
    if (overrides == NONE) {
      return this;
    }
    if (this == NONE) {
      return overrides;
    }
    Builder b = toBuilder();
    b.headers.putAll(overrides.headers);
    if (overrides.requestId != null) {
      b.requestId = overrides.requestId;
    }
    if (overrides.timeout != null) {
      b.timeout = overrides.timeout;
    }
    if (overrides.streamIdleTimeout != null) {
      b.streamIdleTimeout = overrides.streamIdleTimeout;
    }
    if (overrides.retrySettings != null) {
      b.retrySettings = overrides.retrySettings;
      b.maxRetries = null;
    }
    if (overrides.maxRetries != null) {
      b.maxRetries = overrides.maxRetries;
    }
    return b.build();
  }

  /**
   * Returns the headers of this call, names in lower case, including the typed gateway headers.
   *
   * @return the headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the request id to send as {@code x-request-id}, if set; otherwise the client generates
   * one per call.
   *
   * @return the request id
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the timeout of one non-streaming attempt, if set.
   *
   * @return the timeout
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the longest gap between two stream events, if set.
   *
   * @return the idle timeout
   */
  public Optional<Duration> streamIdleTimeout() {
    return Optional.ofNullable(streamIdleTimeout);
  }

  /**
   * Returns the retry settings of this call, if set.
   *
   * @return the retry settings
   */
  public Optional<RetrySettings> retrySettings() {
    return Optional.ofNullable(retrySettings);
  }

  /**
   * Returns the max retries of this call, if set; it overrides the retry settings' value.
   *
   * @return the max retries
   */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  @Override
  public String toString() {
    return "RequestOptions{headers="
        + headers.keySet()
        + ", requestId="
        + requestId
        + ", timeout="
        + timeout
        + ", streamIdleTimeout="
        + streamIdleTimeout
        + ", retrySettings="
        + retrySettings
        + ", maxRetries="
        + maxRetries
        + "}";
  }

  /** Builds {@link RequestOptions}. All fields are optional. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String requestId;
    private @Nullable Duration timeout;
    private @Nullable Duration streamIdleTimeout;
    private @Nullable RetrySettings retrySettings;
    private @Nullable Integer maxRetries;

    private Builder() {}

    /**
     * Sets a header, replacing any earlier value of the same name (case-insensitive). The header
     * {@code x-gateway-destination-endpoint} is written by the gateway and rejected here.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is not a header name, or the value contains CR,
     *     LF, other control or non-ASCII characters; the message names the header, never the value
     */
    public Builder putHeader(String name, String value) {
      Objects.requireNonNull(name, "header name == null");
      Objects.requireNonNull(value, "header value for " + name + " == null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("header name must not be blank");
      }
      String lower = HeaderValues.checkName("header name", name.trim().toLowerCase(Locale.ROOT));
      if (lower.equals(DESTINATION_HEADER)) {
        throw new IllegalArgumentException(
            "header "
                + DESTINATION_HEADER
                + " is set by the Endpoint Picker; clients must not send it");
      }
      if (lower.equals(REQUEST_ID_HEADER)) {
        return requestId(value);
      }
      headers.put(lower, HeaderValues.checkValue("header " + lower, value));
      return this;
    }

    /**
     * Sets several headers; see {@link #putHeader(String, String)}.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder putAllHeaders(Map<String, String> headers) {
      Objects.requireNonNull(headers, "headers == null").forEach(this::putHeader);
      return this;
    }

    /**
     * Sets {@code x-gateway-inference-objective}: the name of the InferenceObjective that gives
     * this call its priority.
     *
     * @param objective the objective name
     * @return this builder
     */
    public Builder inferenceObjective(String objective) {
      return putHeader(INFERENCE_OBJECTIVE_HEADER, notBlank(objective, "inferenceObjective"));
    }

    /**
     * Sets {@code x-gateway-inference-fairness-id}: the fairness group (for example a tenant).
     *
     * @param fairnessId the id
     * @return this builder
     */
    public Builder fairnessId(String fairnessId) {
      return putHeader(FAIRNESS_ID_HEADER, notBlank(fairnessId, "fairnessId"));
    }

    /**
     * Sets {@code x-gateway-model-name-rewrite}: the model name the gateway sends to the model
     * server.
     *
     * @param model the model name
     * @return this builder
     */
    public Builder modelNameRewrite(String model) {
      return putHeader(MODEL_NAME_REWRITE_HEADER, notBlank(model, "modelNameRewrite"));
    }

    /**
     * Sets {@code x-slo-ttft-ms}: the time-to-first-token objective.
     *
     * @param ttft at least 1 ms; sent in whole milliseconds, at most {@code Integer.MAX_VALUE}
     * @return this builder
     */
    public Builder sloTtft(Duration ttft) {
      return putHeader(
          SLO_TTFT_HEADER, Long.toString(Durations.timeout(ttft, "sloTtft").toMillis()));
    }

    /**
     * Sets {@code x-slo-tpot-ms}: the time-per-output-token objective.
     *
     * @param tpot at least 1 ms; sent in whole milliseconds, at most {@code Integer.MAX_VALUE}
     * @return this builder
     */
    public Builder sloTpot(Duration tpot) {
      return putHeader(
          SLO_TPOT_HEADER, Long.toString(Durations.timeout(tpot, "sloTpot").toMillis()));
    }

    /**
     * Sets the request id sent as {@code x-request-id} on every attempt of the call.
     *
     * @param requestId the id
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = HeaderValues.checkValue("requestId", notBlank(requestId, "requestId"));
      return this;
    }

    /**
     * Sets the timeout of one non-streaming attempt (from sending the request to reading the whole
     * response).
     *
     * @param timeout at least 1 ms; longer than about 24.8 days means no practical limit
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Durations.timeout(timeout, "timeout");
      return this;
    }

    /**
     * Sets the longest gap between two events of a stream.
     *
     * @param idleTimeout at least 1 ms; longer than about 24.8 days means no practical limit
     * @return this builder
     */
    public Builder streamIdleTimeout(Duration idleTimeout) {
      this.streamIdleTimeout = Durations.timeout(idleTimeout, "streamIdleTimeout");
      return this;
    }

    /**
     * Sets the retry settings of this call.
     *
     * @param retrySettings the settings
     * @return this builder
     */
    public Builder retrySettings(RetrySettings retrySettings) {
      this.retrySettings = Objects.requireNonNull(retrySettings, "retrySettings == null");
      return this;
    }

    /**
     * Sets the max retries of this call; 0 turns retries off.
     *
     * @param maxRetries at least 0
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = (int) Checks.nonNegative(maxRetries, "maxRetries");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static String notBlank(String value, String name) {
      return Checks.notBlank(Checks.notNull(value, name), name);
    }
  }
}
