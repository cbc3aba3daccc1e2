package dev.llmgateway.admin.k8s.gke;

/** How a {@link HealthCheck} chooses its port. */
public enum PortSpecification {
  /** Use {@code port}; {@code portName} must be unset. */
  USE_FIXED_PORT,
  /** Use {@code portName}; {@code port} must be unset. */
  USE_NAMED_PORT,
  /** Use the serving port (the default); {@code port} and {@code portName} must be unset. */
  USE_SERVING_PORT
}
