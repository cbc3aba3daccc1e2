package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code spec} of a {@link GcpBackendPolicy}: the target (for the chart, the InferencePool) and
 * the backend service settings. Unset fields are not serialized. Immutable.
 */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutableGcpBackendPolicySpec.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"targetRef", "default"})
public abstract class GcpBackendPolicySpec {

  GcpBackendPolicySpec() {}

  /**
   * Returns the target.
   *
   * @return the target reference
   */
  @Value.Default
  public ObjectRef targetRef() {
    return ObjectRef.of("", "Service", "unset");
  }

  /**
   * Returns the settings ({@code default}).
   *
   * @return the settings, or null when none is set
   */
  @JsonProperty("default")
  public abstract @Nullable Defaults defaults();

  static final class Builder extends ImmutableGcpBackendPolicySpec.Builder {}

  /** The {@code default} block; every field is optional. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableGcpBackendPolicySpec.Defaults.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "timeoutSec",
    "logging",
    "maxRatePerEndpoint",
    "connectionDraining",
    "securityPolicy"
  })
  @JsonIgnoreProperties(ignoreUnknown = true)
  public abstract static class Defaults {

    Defaults() {}

    /**
     * Returns the backend timeout in seconds.
     *
     * @return the timeout, or null
     */
    public abstract @Nullable Long timeoutSec();

    abstract @Nullable Logging logging();

    /**
     * Returns the maximum rate per endpoint.
     *
     * @return the rate, or null
     */
    public abstract @Nullable Long maxRatePerEndpoint();

    abstract @Nullable ConnectionDraining connectionDraining();

    /**
     * Returns the Cloud Armor security policy name.
     *
     * @return the policy, or null
     */
    public abstract @Nullable String securityPolicy();

    /**
     * Returns whether load balancer logging is enabled.
     *
     * @return the flag, or null
     */
    public @Nullable Boolean loggingEnabled() {
      return logging() == null ? null : logging().enabled();
    }

    /**
     * Returns the logging sample rate (0 to 1000000, per million).
     *
     * @return the rate, or null
     */
    public @Nullable Integer loggingSampleRate() {
      return logging() == null ? null : logging().sampleRate();
    }

    /**
     * Returns the connection draining timeout in seconds.
     *
     * @return the timeout, or null
     */
    public @Nullable Long drainingTimeoutSec() {
      return connectionDraining() == null ? null : connectionDraining().drainingTimeoutSec();
    }

    boolean isEmpty() {
      return timeoutSec() == null
          && logging() == null
          && maxRatePerEndpoint() == null
          && connectionDraining() == null
          && securityPolicy() == null;
    }

    static final class Builder extends ImmutableGcpBackendPolicySpec.Defaults.Builder {}
  }

  @Value.Immutable
  @JsonDeserialize(as = ImmutableGcpBackendPolicySpec.Logging.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"enabled", "sampleRate"})
  abstract static class Logging {
    abstract @Nullable Boolean enabled();

    abstract @Nullable Integer sampleRate();

    static final class Builder extends ImmutableGcpBackendPolicySpec.Logging.Builder {}
  }

  @Value.Immutable
  @JsonDeserialize(as = ImmutableGcpBackendPolicySpec.ConnectionDraining.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  abstract static class ConnectionDraining {
    abstract @Nullable Long drainingTimeoutSec();

    static final class Builder extends ImmutableGcpBackendPolicySpec.ConnectionDraining.Builder {}
  }
}
