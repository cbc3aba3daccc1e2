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

/** The {@code spec} of a {@link HealthCheckPolicy}. Unset fields are not serialized. Immutable. */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutableHealthCheckPolicySpec.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"targetRef", "default"})
public abstract class HealthCheckPolicySpec {

  HealthCheckPolicySpec() {}

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

  static final class Builder extends ImmutableHealthCheckPolicySpec.Builder {}

  /** The {@code default} block; every field is optional. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableHealthCheckPolicySpec.Defaults.class)
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
  public abstract static class Defaults {

    Defaults() {}

    /**
     * Returns the probe timeout in seconds.
     *
     * @return the timeout, or null
     */
    public abstract @Nullable Long timeoutSec();

    /**
     * Returns the probe interval in seconds.
     *
     * @return the interval, or null
     */
    public abstract @Nullable Long checkIntervalSec();

    /**
     * Returns the healthy threshold.
     *
     * @return the threshold, or null
     */
    public abstract @Nullable Long healthyThreshold();

    /**
     * Returns the unhealthy threshold.
     *
     * @return the threshold, or null
     */
    public abstract @Nullable Long unhealthyThreshold();

    abstract @Nullable LogConfig logConfig();

    abstract @Nullable Config config();

    /**
     * Returns whether health check logging is enabled.
     *
     * @return the flag, or null
     */
    public @Nullable Boolean logEnabled() {
      return logConfig() == null ? null : logConfig().enabled();
    }

    /**
     * Returns the protocol-specific check.
     *
     * @return the check, or null when no {@code config} is set or its type is unknown to this SDK
     */
    public @Nullable HealthCheck check() {
      Config config = config();
      if (config == null || config.type() == null) {
        return null;
      }
      HealthCheckType type;
      try {
        type = HealthCheckType.valueOf(config.type());
      } catch (IllegalArgumentException newerType) {
        return null;
      }
      HealthCheck check =
          switch (type) {
            case TCP -> config.tcp();
            case HTTP -> config.http();
            case HTTPS -> config.https();
            case HTTP2 -> config.http2();
            case GRPC -> config.grpc();
          };
      return check == null ? null : check.withType(type);
    }

    boolean isEmpty() {
      return timeoutSec() == null
          && checkIntervalSec() == null
          && healthyThreshold() == null
          && unhealthyThreshold() == null
          && logConfig() == null
          && config() == null;
    }

    static final class Builder extends ImmutableHealthCheckPolicySpec.Defaults.Builder {}
  }

  @Value.Immutable
  @JsonDeserialize(as = ImmutableHealthCheckPolicySpec.LogConfig.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  abstract static class LogConfig {
    abstract @Nullable Boolean enabled();

    static final class Builder extends ImmutableHealthCheckPolicySpec.LogConfig.Builder {}
  }

  @Value.Immutable
  @JsonDeserialize(as = ImmutableHealthCheckPolicySpec.Config.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type"})
  abstract static class Config {
    abstract @Nullable String type();

    @JsonProperty("tcpHealthCheck")
    abstract @Nullable HealthCheck tcp();

    @JsonProperty("httpHealthCheck")
    abstract @Nullable HealthCheck http();

    @JsonProperty("httpsHealthCheck")
    abstract @Nullable HealthCheck https();

    @JsonProperty("http2HealthCheck")
    abstract @Nullable HealthCheck http2();

    @JsonProperty("grpcHealthCheck")
    abstract @Nullable HealthCheck grpc();

    static Config of(HealthCheck check) {
      Builder c = new Builder();
      c.type(check.type().name());
      switch (check.type()) {
        case TCP -> c.tcp(check);
        case HTTP -> c.http(check);
        case HTTPS -> c.https(check);
        case HTTP2 -> c.http2(check);
        case GRPC -> c.grpc(check);
      }
      return c.build();
    }

    static final class Builder extends ImmutableHealthCheckPolicySpec.Config.Builder {}
  }
}
