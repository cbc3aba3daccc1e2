package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

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
public final class HealthCheck {

  @JsonIgnore private HealthCheckType type = HealthCheckType.HTTP;

  @JsonProperty("requestPath")
  private @Nullable String requestPath;

  @JsonProperty("host")
  private @Nullable String host;

  @JsonProperty("portSpecification")
  private @Nullable PortSpecification portSpecification;

  @JsonProperty("port")
  private @Nullable Integer port;

  @JsonProperty("portName")
  private @Nullable String portName;

  @JsonProperty("proxyHeader")
  private @Nullable String proxyHeader;

  @JsonProperty("request")
  private @Nullable String request;

  @JsonProperty("response")
  private @Nullable String response;

  @JsonProperty("grpcServiceName")
  private @Nullable String grpcServiceName;

  private HealthCheck() {}

  /**
   * Returns a builder for a check of the given type.
   *
   * @param type the protocol
   * @return a new builder
   */
  public static Builder builder(HealthCheckType type) {
    return new Builder(type);
  }

  /**
   * Returns a builder initialised from this check.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(type);
    b.requestPath(requestPath).host(host).portSpecification(portSpecification).port(port);
    return b.portName(portName)
        .proxyHeader(proxyHeader)
        .request(request)
        .response(response)
        .grpcServiceName(grpcServiceName);
  }

  HealthCheck withType(HealthCheckType type) {
    this.type = type;
    return this;
  }

  /**
   * Returns the protocol.
   *
   * @return the type
   */
  public HealthCheckType type() {
    return type;
  }

  /**
   * Returns the HTTP request path.
   *
   * @return the path, or null
   */
  public @Nullable String requestPath() {
    return requestPath;
  }

  /**
   * Returns the Host header value.
   *
   * @return the host, or null
   */
  public @Nullable String host() {
    return host;
  }

  /**
   * Returns how the port is chosen.
   *
   * @return the specification, or null (the server uses the serving port)
   */
  public @Nullable PortSpecification portSpecification() {
    return portSpecification;
  }

  /**
   * Returns the fixed port.
   *
   * @return the port, or null
   */
  public @Nullable Integer port() {
    return port;
  }

  /**
   * Returns the named port.
   *
   * @return the port name, or null
   */
  public @Nullable String portName() {
    return portName;
  }

  /**
   * Returns the proxy header ({@code NONE} or {@code PROXY_V1}).
   *
   * @return the proxy header, or null
   */
  public @Nullable String proxyHeader() {
    return proxyHeader;
  }

  /**
   * Returns the TCP request payload.
   *
   * @return the payload, or null
   */
  public @Nullable String request() {
    return request;
  }

  /**
   * Returns the expected response prefix.
   *
   * @return the response, or null
   */
  public @Nullable String response() {
    return response;
  }

  /**
   * Returns the gRPC service name.
   *
   * @return the service name, or null
   */
  public @Nullable String grpcServiceName() {
    return grpcServiceName;
  }

  /** Builds a {@link HealthCheck}. */
  public static final class Builder {
    private final HealthCheck check = new HealthCheck();

    private Builder(HealthCheckType type) {
      check.type = type;
    }

    /**
     * Sets the request path (HTTP, HTTPS, HTTP2).
     *
     * @param requestPath the path, or null
     * @return this builder
     */
    public Builder requestPath(@Nullable String requestPath) {
      check.requestPath = requestPath;
      return this;
    }

    /**
     * Sets the Host header (HTTP, HTTPS, HTTP2).
     *
     * @param host the host, or null
     * @return this builder
     */
    public Builder host(@Nullable String host) {
      check.host = host;
      return this;
    }

    /**
     * Sets how the port is chosen.
     *
     * @param spec the specification, or null
     * @return this builder
     */
    public Builder portSpecification(@Nullable PortSpecification spec) {
      check.portSpecification = spec;
      return this;
    }

    /**
     * Sets a fixed port (needs {@link PortSpecification#USE_FIXED_PORT}).
     *
     * @param port the port, or null
     * @return this builder
     */
    public Builder port(@Nullable Integer port) {
      check.port = port;
      return this;
    }

    /**
     * Sets a named port (needs {@link PortSpecification#USE_NAMED_PORT}).
     *
     * @param portName the port name, or null
     * @return this builder
     */
    public Builder portName(@Nullable String portName) {
      check.portName = portName;
      return this;
    }

    /**
     * Sets the proxy header, {@code NONE} or {@code PROXY_V1} (not GRPC).
     *
     * @param proxyHeader the proxy header, or null
     * @return this builder
     */
    public Builder proxyHeader(@Nullable String proxyHeader) {
      check.proxyHeader = proxyHeader;
      return this;
    }

    /**
     * Sets the TCP request payload (TCP only).
     *
     * @param request the payload, or null
     * @return this builder
     */
    public Builder request(@Nullable String request) {
      check.request = request;
      return this;
    }

    /**
     * Sets the expected response prefix (not GRPC).
     *
     * @param response the response, or null
     * @return this builder
     */
    public Builder response(@Nullable String response) {
      check.response = response;
      return this;
    }

    /**
     * Sets the gRPC service name (GRPC only).
     *
     * @param grpcServiceName the service name, or null
     * @return this builder
     */
    public Builder grpcServiceName(@Nullable String grpcServiceName) {
      check.grpcServiceName = grpcServiceName;
      return this;
    }

    /**
     * Builds the check; rules are checked by {@link HealthCheckPolicy.Builder#build()}.
     *
     * @return the check
     */
    public HealthCheck build() {
      HealthCheck copy = new HealthCheck();
      copy.type = check.type;
      copy.requestPath = check.requestPath;
      copy.host = check.host;
      copy.portSpecification = check.portSpecification;
      copy.port = check.port;
      copy.portName = check.portName;
      copy.proxyHeader = check.proxyHeader;
      copy.request = check.request;
      copy.response = check.response;
      copy.grpcServiceName = check.grpcServiceName;
      return copy;
    }
  }
}
