package dev.llmgateway.admin.k8s;

import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.admin.k8s.internal.ChartNames;
import dev.llmgateway.admin.k8s.internal.EppChart;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The objects the {@code inferencepool} Helm chart v1.0.1 renders with {@code provider.name=gke}
 * (and, by default, {@code inferenceExtension.monitoring.gke.enabled=true}): the InferencePool, the
 * Endpoint Picker (ServiceAccount, ConfigMap, RBAC, Service, Deployment) and the GKE policies, with
 * the chart's names and truncation rules and in Helm's install order. It replaces:
 *
 * <pre>{@code
 * helm install $APP --set inferencePool.modelServers.matchLabels.app=$APP \
 *   --set provider.name=gke --set inferenceExtension.monitoring.gke.enabled=true \
 *   --version v1.0.1 oci://registry.k8s.io/gateway-api-inference-extension/charts/inferencepool
 * }</pre>
 *
 * <p>with
 *
 * <pre>{@code
 * List<HasMetadata> objects = EndpointPickerSet.builder()
 *     .releaseName("vllm-l4-gemma-3-1b-it")
 *     .namespace("ira-online-gpu")
 *     .build()
 *     .objects();
 * }</pre>
 *
 * <p>One deliberate difference from the chart: its HealthCheckPolicy sets {@code port} without
 * {@code portSpecification}, which the newest public HealthCheckPolicy CRD rejects; this set adds
 * {@code portSpecification: USE_FIXED_PORT}, which means the same and is valid under old and new
 * CRDs. A second one only matters for very long names: the chart truncates the quoted cluster RBAC
 * name to 84 characters (dropping the closing quote past 82), this set cuts the name at 82.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EndpointPickerSet {

  /** The chart version whose output this class reproduces, {@value}. */
  public static final String CHART_VERSION = "v1.0.1";

  /** The default Endpoint Picker image of the chart. */
  public static final String DEFAULT_IMAGE =
      "registry.k8s.io/gateway-api-inference-extension/epp:" + CHART_VERSION;

  private final String releaseName;
  private final String namespace;
  private final ChartNames names;
  private final List<HasMetadata> objects;

  private EndpointPickerSet(Builder b, String release, String namespace) {
    this.releaseName = release;
    this.namespace = namespace;
    this.names = new ChartNames(release, namespace);
    Map<String, String> labels =
        b.modelServerLabels.isEmpty() ? Map.of("app", release) : b.modelServerLabels;
    this.objects =
        List.copyOf(
            new EppChart(
                    release,
                    namespace,
                    new LinkedHashMap<>(labels),
                    b.targetPort,
                    b.image,
                    CHART_VERSION,
                    b.gkeMonitoring,
                    b.autopilot)
                .objects());
  }

  /**
   * Returns a builder. Required: {@code releaseName} and {@code namespace}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the Helm release name, which is also the InferencePool's name.
   *
   * @return the release name
   */
  public String releaseName() {
    return releaseName;
  }

  /**
   * Returns the namespace of the namespaced objects.
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Returns the Endpoint Picker's name (Deployment, Service, ServiceAccount, ConfigMap).
   *
   * @return the name, the release name truncated to 40 characters plus {@code -epp}
   */
  public String endpointPickerName() {
    return names.epp();
  }

  /**
   * Returns the objects in Helm's install order. They are fresh copies owned by the caller.
   *
   * @return the objects
   */
  public List<HasMetadata> objects() {
    return objects.stream().map(Manifests::copy).toList();
  }

  /**
   * Returns the InferencePool of the set.
   *
   * @return a copy of the pool
   */
  public InferencePool inferencePool() {
    return objects.stream()
        .filter(InferencePool.class::isInstance)
        .map(o -> (InferencePool) Manifests.copy(o))
        .findFirst()
        .orElseThrow();
  }

  /** Builds an {@link EndpointPickerSet}. */
  public static final class Builder {
    private @Nullable String releaseName;
    private @Nullable String namespace;
    private final Map<String, String> modelServerLabels = new LinkedHashMap<>();
    private int targetPort = 8000;
    private String image = DEFAULT_IMAGE;
    private boolean gkeMonitoring = true;
    private boolean autopilot;

    private Builder() {}

    /**
     * Sets the release name (required): the InferencePool's name and the base of all other names.
     *
     * @param releaseName the release name, a DNS label of at most 53 characters as Helm requires
     * @return this builder
     */
    public Builder releaseName(String releaseName) {
      this.releaseName = releaseName;
      return this;
    }

    /**
     * Sets the release namespace (required).
     *
     * @param namespace the namespace
     * @return this builder
     */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /**
     * Adds a label of the model-server pods ({@code inferencePool.modelServers.matchLabels});
     * without any, {@code app=<releaseName>} is used as in the guide.
     *
     * @param key the label key
     * @param value the label value
     * @return this builder
     */
    public Builder putModelServerLabel(String key, String value) {
      modelServerLabels.put(key, value);
      return this;
    }

    /**
     * Sets the model servers' port (default 8000); used by the pool and the health check.
     *
     * @param targetPort the port
     * @return this builder
     */
    public Builder targetPort(int targetPort) {
      this.targetPort = targetPort;
      return this;
    }

    /**
     * Sets the Endpoint Picker image (default {@link #DEFAULT_IMAGE}).
     *
     * @param image the image reference
     * @return this builder
     */
    public Builder image(String image) {
      this.image = image;
      return this;
    }

    /**
     * Sets whether the GKE monitoring objects are included (default true, as in the guide).
     *
     * @param enabled the flag
     * @return this builder
     */
    public Builder gkeMonitoring(boolean enabled) {
      this.gkeMonitoring = enabled;
      return this;
    }

    /**
     * Sets whether the cluster is Autopilot, which moves the GMP collector to {@code
     * gke-gmp-system} (default false).
     *
     * @param autopilot the flag
     * @return this builder
     */
    public Builder autopilot(boolean autopilot) {
      this.autopilot = autopilot;
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set
     * @throws IllegalArgumentException when a field is invalid, naming the field
     */
    public EndpointPickerSet build() {
      String release = Checks.notBlank(releaseName, "releaseName");
      Checks.maxLength(release, 53, "releaseName");
      Checks.find(release, KubeRules.DNS_LABEL, "releaseName");
      String ns = KubeRules.namespace(namespace, "namespace");
      KubeRules.port(targetPort, "targetPort");
      Checks.notBlank(image, "image");
      return new EndpointPickerSet(this, release, ns);
    }
  }
}
