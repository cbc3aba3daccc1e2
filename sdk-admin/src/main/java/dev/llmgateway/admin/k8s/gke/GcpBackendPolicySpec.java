package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spec} of a {@link GcpBackendPolicy}: the target (for the chart, the InferencePool) and
 * the backend service settings. Unset fields are not serialized. Immutable from the outside.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"targetRef", "default"})
public final class GcpBackendPolicySpec {

  @JsonProperty("targetRef")
  private ObjectRef targetRef = ObjectRef.of("", "Service", "unset");

  @JsonProperty("default")
  private @Nullable Defaults defaults;

  private GcpBackendPolicySpec() {}

  static GcpBackendPolicySpec of(ObjectRef targetRef, @Nullable Defaults defaults) {
    GcpBackendPolicySpec spec = new GcpBackendPolicySpec();
    spec.targetRef = targetRef;
    spec.defaults = defaults;
    return spec;
  }

  /**
   * Returns the target.
   *
   * @return the target reference
   */
  public ObjectRef targetRef() {
    return targetRef;
  }

  /**
   * Returns the settings ({@code default}).
   *
   * @return the settings, or null when none is set
   */
  public @Nullable Defaults defaults() {
    return defaults;
  }

  /** The {@code default} block; every field is optional. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "timeoutSec",
    "logging",
    "maxRatePerEndpoint",
    "connectionDraining",
    "securityPolicy"
  })
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Defaults {
    @JsonProperty("timeoutSec")
    @Nullable Long timeoutSec;

    @JsonProperty("logging")
    @Nullable Logging logging;

    @JsonProperty("maxRatePerEndpoint")
    @Nullable Long maxRatePerEndpoint;

    @JsonProperty("connectionDraining")
    @Nullable ConnectionDraining connectionDraining;

    @JsonProperty("securityPolicy")
    @Nullable String securityPolicy;

    Defaults() {}

    /**
     * Returns the backend timeout in seconds.
     *
     * @return the timeout, or null
     */
    public @Nullable Long timeoutSec() {
      return timeoutSec;
    }

    /**
     * Returns whether load balancer logging is enabled.
     *
     * @return the flag, or null
     */
    public @Nullable Boolean loggingEnabled() {
      return logging == null ? null : logging.enabled;
    }

    /**
     * Returns the logging sample rate (0 to 1000000, per million).
     *
     * @return the rate, or null
     */
    public @Nullable Integer loggingSampleRate() {
      return logging == null ? null : logging.sampleRate;
    }

    /**
     * Returns the maximum rate per endpoint.
     *
     * @return the rate, or null
     */
    public @Nullable Long maxRatePerEndpoint() {
      return maxRatePerEndpoint;
    }

    /**
     * Returns the connection draining timeout in seconds.
     *
     * @return the timeout, or null
     */
    public @Nullable Long drainingTimeoutSec() {
      return connectionDraining == null ? null : connectionDraining.drainingTimeoutSec;
    }

    /**
     * Returns the Cloud Armor security policy name.
     *
     * @return the policy, or null
     */
    public @Nullable String securityPolicy() {
      return securityPolicy;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"enabled", "sampleRate"})
  static final class Logging {
    @JsonProperty("enabled")
    @Nullable Boolean enabled;

    @JsonProperty("sampleRate")
    @Nullable Integer sampleRate;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class ConnectionDraining {
    @JsonProperty("drainingTimeoutSec")
    @Nullable Long drainingTimeoutSec;
  }
}
