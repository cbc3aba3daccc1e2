package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The protocol-specific settings of a {@link HealthCheckPolicy} ({@code config.httpHealthCheck} and
 * its siblings). Immutable; unset fields are not serialized. The CRD's rules (fields allowed per
 * type, port versus {@code portSpecification}) are checked when the policy is built.
 *
 * <pre>{@code
 * HealthCheck check = HealthCheck.builder(HealthCheckType.HTTP)
 *     .requestPath("/health")
 *     .portSpecification(PortSpecification.USE_FIXED_PORT)
 *     .port(8000)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableHealthCheck.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "requestPath",
  "host",
  "portSpecification",
  "port",
  "portName",
  "proxyHeader",
  "request",
  "response",
  "grpcServiceName"
})
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class HealthCheck {

  HealthCheck() {}

  /**
   * Returns a builder for a check of the given type.
   *
   * @param type the protocol
   * @return a new builder
   */
  public static Builder builder(HealthCheckType type) {
    return new Builder().type(type);
  }

  /**
   * Returns a builder initialised from this check.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** This check with another protocol; the protocol is not part of the check's own JSON. */
  HealthCheck withType(HealthCheckType type) {
    return toBuilder().type(type).build();
  }

  /**
   * Returns the protocol.
   *
   * @return the protocol
   */
  @JsonIgnore
  @Value.Default
  public HealthCheckType type() {
    return HealthCheckType.HTTP;
  }

  /**
   * Returns the HTTP request path.
   *
   * @return the path, or null when unset
   */
  public abstract @Nullable String requestPath();

  /**
   * Returns the Host header value.
   *
   * @return the host, or null when unset
   */
  public abstract @Nullable String host();

  /**
   * Returns how the port is chosen.
   *
   * @return the port specification, or null when unset
   */
  public abstract @Nullable PortSpecification portSpecification();

  /**
   * Returns the fixed port.
   *
   * @return the port, or null when unset
   */
  public abstract @Nullable Integer port();

  /**
   * Returns the named port.
   *
   * @return the port name, or null when unset
   */
  public abstract @Nullable String portName();

  /**
   * Returns the proxy header ({@code NONE} or {@code PROXY_V1}).
   *
   * @return the proxy header, or null when unset
   */
  public abstract @Nullable String proxyHeader();

  /**
   * Returns the TCP request payload.
   *
   * @return the request payload, or null when unset
   */
  public abstract @Nullable String request();

  /**
   * Returns the expected response prefix.
   *
   * @return the response prefix, or null when unset
   */
  public abstract @Nullable String response();

  /**
   * Returns the gRPC service name.
   *
   * @return the service name, or null when unset
   */
  public abstract @Nullable String grpcServiceName();

  /**
   * Builds a {@link HealthCheck}; the rules are checked by {@link
   * HealthCheckPolicy.Builder#build()}.
   */
  public static final class Builder extends ImmutableHealthCheck.Builder {
    Builder() {}
  }
}
