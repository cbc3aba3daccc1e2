package dev.llmgateway.admin.k8s.monitoring;

import dev.llmgateway.admin.k8s.common.ResourceBuilder;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@code PodMonitoring} ({@code monitoring.googleapis.com/v1}): tells Managed Prometheus to
 * scrape pods, here the Endpoint Picker's metrics.
 *
 * <pre>{@code
 * PodMonitoring pm = PodMonitoring.builder()
 *     .name("vllm-l4-gemma-3-1b-it")
 *     .putSelectorLabel("inferencepool", "vllm-l4-gemma-3-1b-it-epp")
 *     .endpoint("metrics", "http", "10s", "/metrics", "vllm-l4-gemma-3-1b-it-metrics-reader-secret")
 *     .build();
 * }</pre>
 *
 * <p>A mutable Fabric8 JavaBean; the public constructor exists for deserialization.
 */
@Group("monitoring.googleapis.com")
@Version("v1")
@Kind("PodMonitoring")
@Plural("podmonitorings")
public final class PodMonitoring extends CustomResource<PodMonitoringSpec, ResourceStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  private static final Pattern INTERVAL =
      Pattern.compile(
          "^((([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?|0)$");

  /** Creates an empty resource; used by deserialization. Prefer {@link #builder()}. */
  public PodMonitoring() {}

  /**
   * Returns a builder. Required: {@code name}, a selector label and one endpoint.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this resource.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().metadataFrom(getMetadata());
    PodMonitoringSpec spec = getSpec();
    if (spec != null) {
      b.selector.from(spec.selector());
      b.endpoint = spec.endpoints().isEmpty() ? null : spec.endpoints().get(0);
    }
    return b;
  }

  /** Builds a validated {@link PodMonitoring}. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private final PodMonitoringSpec.Selector.Builder selector =
        new PodMonitoringSpec.Selector.Builder();
    private PodMonitoringSpec.@Nullable Endpoint endpoint;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Adds a label the scraped pods must carry.
     *
     * @param key the label key
     * @param value the label value
     * @return this builder
     */
    public Builder putSelectorLabel(String key, String value) {
      selector.putMatchLabel(key, value);
      return this;
    }

    /**
     * Sets the scrape endpoint.
     *
     * @param port the container port name
     * @param scheme {@code http} or {@code https}
     * @param interval the scrape interval, a Prometheus duration such as {@code 10s}
     * @param path the metrics path
     * @param bearerTokenSecret the Secret with a {@code token} key to send as bearer token, or null
     * @return this builder
     */
    public Builder endpoint(
        String port,
        String scheme,
        String interval,
        String path,
        @Nullable String bearerTokenSecret) {
      Map<String, Object> auth = null;
      if (bearerTokenSecret != null) {
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put("name", bearerTokenSecret);
        secret.put("key", "token");
        auth = new LinkedHashMap<>();
        auth.put("type", "Bearer");
        auth.put("credentials", Map.of("secret", secret));
      }
      this.endpoint =
          new PodMonitoringSpec.Endpoint.Builder()
              .port(port)
              .scheme(scheme)
              .interval(interval)
              .path(path)
              .authorization(auth)
              .build();
      return this;
    }

    /**
     * Builds the resource.
     *
     * @return the resource
     * @throws IllegalArgumentException when a field is invalid, naming the field
     */
    public PodMonitoring build() {
      PodMonitoring pm = new PodMonitoring();
      pm.setMetadata(metadata());
      PodMonitoringSpec.Selector labels = selector.build();
      if (labels.matchLabels().isEmpty()) {
        throw new IllegalArgumentException("spec.selector.matchLabels must not be empty");
      }
      KubeRules.labels(labels.matchLabels(), "spec.selector.matchLabels");
      PodMonitoringSpec.Endpoint e = Checks.notNullArgument(endpoint, "spec.endpoints[0]");
      Checks.notBlank(e.port(), "spec.endpoints[0].port");
      if (!"http".equals(e.scheme()) && !"https".equals(e.scheme())) {
        throw new IllegalArgumentException(
            "spec.endpoints[0].scheme must be http or https but was '" + e.scheme() + "'");
      }
      Checks.find(
          Checks.notBlank(e.interval(), "spec.endpoints[0].interval"),
          INTERVAL,
          "spec.endpoints[0].interval");
      if (!Checks.notBlank(e.path(), "spec.endpoints[0].path").startsWith("/")) {
        throw new IllegalArgumentException("spec.endpoints[0].path must start with /");
      }
      pm.setSpec(new PodMonitoringSpec.Builder().addEndpoint(e).selector(labels).build());
      return pm;
    }
  }
}
