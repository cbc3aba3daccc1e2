package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spec} of a {@link HealthCheckPolicy}. Unset fields are not serialized. Immutable from
 * the outside.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"targetRef", "default"})
public final class HealthCheckPolicySpec {

  @JsonProperty("targetRef")
  private ObjectRef targetRef = ObjectRef.of("", "Service", "unset");

  @JsonProperty("default")
  private @Nullable Defaults defaults;

  private HealthCheckPolicySpec() {}

  static HealthCheckPolicySpec of(ObjectRef targetRef, @Nullable Defaults defaults) {
    HealthCheckPolicySpec spec = new HealthCheckPolicySpec();
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
    "checkIntervalSec",
    "healthyThreshold",
    "unhealthyThreshold",
    "logConfig",
    "config"
  })
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Defaults {
    @JsonProperty("timeoutSec")
    @Nullable Long timeoutSec;

    @JsonProperty("checkIntervalSec")
    @Nullable Long checkIntervalSec;

    @JsonProperty("healthyThreshold")
    @Nullable Long healthyThreshold;

    @JsonProperty("unhealthyThreshold")
    @Nullable Long unhealthyThreshold;

    @JsonProperty("logConfig")
    @Nullable LogConfig logConfig;

    @JsonProperty("config")
    @Nullable Config config;

    Defaults() {}

    /**
     * Returns the probe timeout in seconds.
     *
     * @return the timeout, or null
     */
    public @Nullable Long timeoutSec() {
      return timeoutSec;
    }

    /**
     * Returns the probe interval in seconds.
     *
     * @return the interval, or null
     */
    public @Nullable Long checkIntervalSec() {
      return checkIntervalSec;
    }

    /**
     * Returns the healthy threshold.
     *
     * @return the threshold, or null
     */
    public @Nullable Long healthyThreshold() {
      return healthyThreshold;
    }

    /**
     * Returns the unhealthy threshold.
     *
     * @return the threshold, or null
     */
    public @Nullable Long unhealthyThreshold() {
      return unhealthyThreshold;
    }

    /**
     * Returns whether health check logging is enabled.
     *
     * @return the flag, or null
     */
    public @Nullable Boolean logEnabled() {
      return logConfig == null ? null : logConfig.enabled;
    }

    /**
     * Returns the protocol-specific check.
     *
     * @return the check, or null when no {@code config} is set or its type is unknown to this SDK
     */
    public @Nullable HealthCheck check() {
      if (config == null || config.type == null) {
        return null;
      }
      HealthCheckType type;
      try {
        type = HealthCheckType.valueOf(config.type);
      } catch (IllegalArgumentException newerType) {
        return null;
      }
      HealthCheck check =
          switch (type) {
            case TCP -> config.tcp;
            case HTTP -> config.http;
            case HTTPS -> config.https;
            case HTTP2 -> config.http2;
            case GRPC -> config.grpc;
          };
      return check == null ? null : check.withType(type);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class LogConfig {
    @JsonProperty("enabled")
    @Nullable Boolean enabled;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type"})
  static final class Config {
    @JsonProperty("type")
    @Nullable String type;

    @JsonProperty("tcpHealthCheck")
    @Nullable HealthCheck tcp;

    @JsonProperty("httpHealthCheck")
    @Nullable HealthCheck http;

    @JsonProperty("httpsHealthCheck")
    @Nullable HealthCheck https;

    @JsonProperty("http2HealthCheck")
    @Nullable HealthCheck http2;

    @JsonProperty("grpcHealthCheck")
    @Nullable HealthCheck grpc;

    static Config of(HealthCheck check) {
      Config c = new Config();
      c.type = check.type().name();
      switch (check.type()) {
        case TCP -> c.tcp = check;
        case HTTP -> c.http = check;
        case HTTPS -> c.https = check;
        case HTTP2 -> c.http2 = check;
        case GRPC -> c.grpc = check;
      }
      return c;
    }
  }
}
