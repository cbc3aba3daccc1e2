package dev.llmgateway.admin.k8s.internal;

import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.admin.k8s.gke.GcpBackendPolicy;
import dev.llmgateway.admin.k8s.gke.HealthCheck;
import dev.llmgateway.admin.k8s.gke.HealthCheckPolicy;
import dev.llmgateway.admin.k8s.gke.HealthCheckType;
import dev.llmgateway.admin.k8s.gke.PortSpecification;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.admin.k8s.monitoring.PodMonitoring;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the objects of the {@code inferencepool} chart v1.0.1 with {@code provider.name=gke}, in
 * Helm's install order. Core and RBAC objects are in {@link EppChartRbac}.
 */
public final class EppChart {

  /** The EndpointPickerConfig the chart puts in {@code default-plugins.yaml}. */
  public static final String DEFAULT_PLUGINS =
      "apiVersion: inference.networking.x-k8s.io/v1alpha1\n"
          + "kind: EndpointPickerConfig\n"
          + "plugins:\n"
          + "- type: queue-scorer\n"
          + "- type: kv-cache-utilization-scorer\n"
          + "- type: prefix-cache-scorer\n"
          + "schedulingProfiles:\n"
          + "- name: default\n"
          + "  plugins:\n"
          + "  - pluginRef: queue-scorer\n"
          + "  - pluginRef: kv-cache-utilization-scorer\n"
          + "  - pluginRef: prefix-cache-scorer\n";

  private final String release;
  private final String namespace;
  private final Map<String, String> modelServerLabels;
  private final int targetPort;
  private final String image;
  private final String appVersion;
  private final boolean monitoring;
  private final String gmpNamespace;
  private final ChartNames names;

  public EppChart(
      String release,
      String namespace,
      Map<String, String> modelServerLabels,
      int targetPort,
      String image,
      String appVersion,
      boolean monitoring,
      boolean autopilot) {
    this.release = release;
    this.namespace = namespace;
    this.modelServerLabels = modelServerLabels;
    this.targetPort = targetPort;
    this.image = image;
    this.appVersion = appVersion;
    this.monitoring = monitoring;
    this.gmpNamespace = autopilot ? "gke-gmp-system" : "gmp-system";
    this.names = new ChartNames(release, namespace);
  }

  Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/name", names.epp());
    labels.put("app.kubernetes.io/version", appVersion);
    return labels;
  }

  ChartNames names() {
    return names;
  }

  String namespace() {
    return namespace;
  }

  String release() {
    return release;
  }

  String image() {
    return image;
  }

  String gmpNamespace() {
    return gmpNamespace;
  }

  /** All objects, in Helm 3's install order (kinds it knows, then the rest by kind name). */
  public List<HasMetadata> objects() {
    EppChartRbac rbac = new EppChartRbac(this);
    List<HasMetadata> out = new ArrayList<>();
    if (monitoring) {
      out.add(
          new ServiceAccountBuilder()
              .withNewMetadata()
              .withName(names.metricsReaderSa())
              .withNamespace(namespace)
              .endMetadata()
              .build());
    }
    out.add(eppServiceAccount());
    if (monitoring) {
      out.add(metricsSecret());
    }
    out.add(configMap());
    out.addAll(rbac.clusterRoles(monitoring));
    out.addAll(rbac.clusterRoleBindings(monitoring));
    out.addAll(rbac.roles(monitoring));
    out.addAll(rbac.roleBindings(monitoring));
    EppChartWorkload workload = new EppChartWorkload(this);
    out.add(workload.service());
    out.add(workload.deployment());
    out.add(backendPolicy());
    out.add(healthCheckPolicy());
    out.add(inferencePool());
    if (monitoring) {
      out.add(podMonitoring());
    }
    return out;
  }

  private ServiceAccount eppServiceAccount() {
    return new ServiceAccountBuilder()
        .withNewMetadata()
        .withName(names.epp())
        .withNamespace(namespace)
        .withLabels(labels())
        .endMetadata()
        .build();
  }

  private Secret metricsSecret() {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(names.metricsReaderSecret())
        .withNamespace(namespace)
        .withLabels(labels())
        .withAnnotations(Map.of("kubernetes.io/service-account.name", names.metricsReaderSa()))
        .endMetadata()
        .withType("kubernetes.io/service-account-token")
        .build();
  }

  private ConfigMap configMap() {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(names.epp())
        .withNamespace(namespace)
        .endMetadata()
        .withData(Map.of("default-plugins.yaml", DEFAULT_PLUGINS))
        .build();
  }

  private ObjectRef poolRef() {
    return ObjectRef.of(InferencePool.GROUP, "InferencePool", names.pool());
  }

  private GcpBackendPolicy backendPolicy() {
    GcpBackendPolicy.Builder b =
        GcpBackendPolicy.builder()
            .name(release)
            .namespace(namespace)
            .targetRef(poolRef())
            .timeoutSec(300L)
            .loggingEnabled(true);
    labels().forEach(b::putLabel);
    return b.build();
  }

  /**
   * The chart sends {@code port} without {@code portSpecification}, which the newest
   * HealthCheckPolicy CRD rejects (CEL: port must be unset unless USE_FIXED_PORT); adding {@code
   * portSpecification: USE_FIXED_PORT} keeps the chart's meaning and is valid under both.
   */
  private HealthCheckPolicy healthCheckPolicy() {
    HealthCheckPolicy.Builder b =
        HealthCheckPolicy.builder()
            .name(release)
            .namespace(namespace)
            .targetRef(poolRef())
            .timeoutSec(2L)
            .checkIntervalSec(2L)
            .check(
                HealthCheck.builder(HealthCheckType.HTTP)
                    .requestPath("/health")
                    .portSpecification(PortSpecification.USE_FIXED_PORT)
                    .port(targetPort)
                    .build());
    labels().forEach(b::putLabel);
    return b.build();
  }

  private InferencePool inferencePool() {
    InferencePool.Builder b =
        InferencePool.builder()
            .name(release)
            .namespace(namespace)
            .targetPort(targetPort)
            .selector(modelServerLabels)
            .endpointPicker(names.epp(), 9002);
    labels().forEach(b::putLabel);
    return b.build();
  }

  private PodMonitoring podMonitoring() {
    PodMonitoring.Builder b =
        PodMonitoring.builder()
            .name(release)
            .namespace(namespace)
            .putSelectorLabel("inferencepool", names.epp())
            .endpoint("metrics", "http", "10s", "/metrics", names.metricsReaderSecret());
    labels().forEach(b::putLabel);
    return b.build();
  }
}
