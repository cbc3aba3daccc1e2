package dev.llmgateway.admin.k8s.gke;

/** The protocol of a {@link HealthCheck}; each maps to one field of {@code config}. */
public enum HealthCheckType {
  /** {@code tcpHealthCheck}. */
  TCP("tcpHealthCheck"),
  /** {@code httpHealthCheck}. */
  HTTP("httpHealthCheck"),
  /** {@code httpsHealthCheck}. */
  HTTPS("httpsHealthCheck"),
  /** {@code http2HealthCheck}. */
  HTTP2("http2HealthCheck"),
  /** {@code grpcHealthCheck}. */
  GRPC("grpcHealthCheck");

  private final String field;

  HealthCheckType(String field) {
    this.field = field;
  }

  /**
   * Returns the name of the {@code config} field that holds this type's settings.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }
}
