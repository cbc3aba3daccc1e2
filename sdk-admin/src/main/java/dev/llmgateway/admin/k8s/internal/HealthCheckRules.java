package dev.llmgateway.admin.k8s.internal;

import dev.llmgateway.admin.k8s.gke.HealthCheck;
import dev.llmgateway.admin.k8s.gke.HealthCheckType;
import dev.llmgateway.admin.k8s.gke.PortSpecification;
import dev.llmgateway.client.internal.check.Checks;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The schema and CEL rules of {@code healthcheckpolicies.networking.gke.io} (gke-gateway-api {@code
 * config/crd/networking.gke.io_healthcheckpolicies.yaml}), checked on the client.
 */
public final class HealthCheckRules {

  private static final Pattern REQUEST_PATH =
      Pattern.compile("\\/[A-Za-z0-9\\/\\-._~%!?$&'()*+,;=:]*$");
  private static final Pattern PORT_NAME = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern BYTES = Pattern.compile("[\\x00-\\xFF]+");

  private HealthCheckRules() {}

  /** Checks the {@code default} timing fields, including the CEL rules between them. */
  public static void timing(
      @Nullable Long timeoutSec,
      @Nullable Long checkIntervalSec,
      @Nullable Long healthyThreshold,
      @Nullable Long unhealthyThreshold) {
    String d = "spec.default.";
    if (timeoutSec != null) {
      Checks.range(timeoutSec, 1, 300, d + "timeoutSec");
    }
    if (checkIntervalSec != null) {
      Checks.range(checkIntervalSec, 1, 300, d + "checkIntervalSec");
    }
    if (healthyThreshold != null) {
      Checks.range(healthyThreshold, 1, 10, d + "healthyThreshold");
    }
    if (unhealthyThreshold != null) {
      Checks.range(unhealthyThreshold, 1, 10, d + "unhealthyThreshold");
    }
    long interval = checkIntervalSec == null ? 5 : checkIntervalSec;
    long timeout = timeoutSec == null ? 5 : timeoutSec;
    if (timeout > interval) {
      throw new IllegalArgumentException(
          d
              + "timeoutSec ("
              + timeout
              + (timeoutSec == null ? ", the default" : "")
              + ") cannot exceed checkIntervalSec ("
              + interval
              + (checkIntervalSec == null ? ", the default" : "")
              + ")");
    }
  }

  /** Checks a protocol-specific check. */
  public static void check(HealthCheck c) {
    HealthCheckType type = c.type();
    String p = "spec.default.config." + type.field() + ".";
    boolean http =
        type == HealthCheckType.HTTP
            || type == HealthCheckType.HTTPS
            || type == HealthCheckType.HTTP2;
    allowed(c.requestPath(), http, p + "requestPath", type);
    allowed(c.host(), http, p + "host", type);
    allowed(c.request(), type == HealthCheckType.TCP, p + "request", type);
    allowed(c.response(), type != HealthCheckType.GRPC, p + "response", type);
    allowed(c.proxyHeader(), type != HealthCheckType.GRPC, p + "proxyHeader", type);
    allowed(c.grpcServiceName(), type == HealthCheckType.GRPC, p + "grpcServiceName", type);
    if (c.requestPath() != null) {
      Checks.maxLength(c.requestPath(), 2048, p + "requestPath");
      Checks.find(c.requestPath(), REQUEST_PATH, p + "requestPath");
    }
    if (c.host() != null) {
      Checks.maxLength(c.host(), 2048, p + "host");
      Checks.find(c.host(), KubeRules.DNS_SUBDOMAIN, p + "host");
    }
    bytes(c.request(), p + "request");
    bytes(c.response(), p + "response");
    bytes(c.grpcServiceName(), p + "grpcServiceName");
    if (c.proxyHeader() != null
        && !c.proxyHeader().equals("NONE")
        && !c.proxyHeader().equals("PROXY_V1")) {
      throw new IllegalArgumentException(
          p + "proxyHeader must be NONE or PROXY_V1 but was '" + c.proxyHeader() + "'");
    }
    if (c.port() != null) {
      KubeRules.port(c.port(), p + "port");
    }
    if (c.portName() != null) {
      Checks.maxLength(c.portName(), 63, p + "portName");
      Checks.find(c.portName(), PORT_NAME, p + "portName");
    }
    PortSpecification spec = c.portSpecification();
    if (spec == PortSpecification.USE_FIXED_PORT && (c.port() == null || c.portName() != null)) {
      throw new IllegalArgumentException(
          p + "port must be set and portName unset for portSpecification USE_FIXED_PORT");
    }
    if (spec == PortSpecification.USE_NAMED_PORT && (c.port() != null || c.portName() == null)) {
      throw new IllegalArgumentException(
          p + "portName must be set and port unset for portSpecification USE_NAMED_PORT");
    }
    if ((spec == null || spec == PortSpecification.USE_SERVING_PORT)
        && (c.port() != null || c.portName() != null)) {
      throw new IllegalArgumentException(
          p
              + "port and portName must be unset when portSpecification is USE_SERVING_PORT or"
              + " unset; set portSpecification USE_FIXED_PORT to use port");
    }
  }

  private static void allowed(
      @Nullable String value, boolean allowed, String field, HealthCheckType type) {
    if (value != null && !allowed) {
      throw new IllegalArgumentException(field + " is not allowed for type " + type);
    }
  }

  private static void bytes(@Nullable String value, String field) {
    if (value != null) {
      Checks.maxLength(value, 1024, field);
      Checks.find(value, BYTES, field);
    }
  }
}
