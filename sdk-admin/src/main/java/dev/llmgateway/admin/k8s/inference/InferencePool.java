package dev.llmgateway.admin.k8s.inference;

import dev.llmgateway.admin.k8s.common.ResourceBuilder;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An {@code InferencePool} ({@code inference.networking.k8s.io/v1}): a group of model-server pods
 * behind an Endpoint Picker. Create one with {@link #builder()}:
 *
 * <pre>{@code
 * InferencePool pool = InferencePool.builder()
 *     .name("vllm-l4-gemma-3-1b-it")
 *     .namespace("ira-online-gpu")
 *     .targetPort(8000)
 *     .putSelectorLabel("app", "vllm-l4-gemma-3-1b-it")
 *     .endpointPicker("vllm-l4-gemma-3-1b-it-epp", 9002)
 *     .build();
 * }</pre>
 *
 * <p>Like every Fabric8 custom resource this class is a mutable JavaBean; the public constructor
 * exists for deserialization.
 */
@Group(InferencePool.GROUP)
@Version("v1")
@Kind("InferencePool")
@Plural("inferencepools")
public final class InferencePool extends CustomResource<InferencePoolSpec, ResourceStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group, {@value}. */
  public static final String GROUP = "inference.networking.k8s.io";

  /** Creates an empty pool; used by deserialization. Prefer {@link #builder()}. */
  public InferencePool() {}

  /**
   * Returns a builder. Required: {@code name}, {@code targetPort}, at least one selector label and
   * the Endpoint Picker name and port.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this pool's metadata and spec.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().metadataFrom(getMetadata());
    InferencePoolSpec spec = getSpec();
    if (spec != null) {
      b.targetPort = spec.targetPorts().isEmpty() ? null : spec.targetPorts().get(0).number();
      b.selector.from(spec.selector());
      b.picker.from(spec.endpointPickerRef());
    }
    return b;
  }

  /** Builds a validated {@link InferencePool}. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private @Nullable Integer targetPort;
    private final InferencePoolSpec.Selector.Builder selector =
        new InferencePoolSpec.Selector.Builder();
    private final InferencePoolSpec.EndpointPickerRef.Builder picker =
        new InferencePoolSpec.EndpointPickerRef.Builder();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the port the model servers listen on (required, 1 to 65535).
     *
     * @param port the port
     * @return this builder
     */
    public Builder targetPort(int port) {
      this.targetPort = port;
      return this;
    }

    /**
     * Adds a label the model-server pods must carry (at least one is required).
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
     * Replaces all selector labels.
     *
     * @param labels the labels
     * @return this builder
     */
    public Builder selector(Map<String, String> labels) {
      selector.matchLabels(labels);
      return this;
    }

    /**
     * Sets the Endpoint Picker's name and port (the name is required).
     *
     * <p>The port is required while the picker is a {@code Service} (the default kind, see {@link
     * #endpointPickerKind}); for other kinds it may be null and is then not sent.
     *
     * @param serviceName the Service (or other referent) name
     * @param port the gRPC ext-proc port (the Service port), or null for a non-Service referent
     * @return this builder
     */
    public Builder endpointPicker(String serviceName, @Nullable Integer port) {
      picker.name(serviceName).portNumber(port == null ? null : InferencePoolSpec.Port.of(port));
      return this;
    }

    /**
     * Sets the Endpoint Picker's group and kind when it is not a core {@code Service}.
     *
     * @param group the API group, or null for the default (core)
     * @param kind the kind, or null for the default ({@code Service})
     * @return this builder
     */
    public Builder endpointPickerKind(@Nullable String group, @Nullable String kind) {
      picker.group(group).kind(kind);
      return this;
    }

    /**
     * Sets the failure mode; unset is not sent (the server defaults to {@code FailClose}).
     *
     * @param failureMode the failure mode, or null
     * @return this builder
     */
    public Builder failureMode(@Nullable FailureMode failureMode) {
      picker.failureMode(failureMode == null ? null : failureMode.wireValue());
      return this;
    }

    /**
     * Builds the pool.
     *
     * @return the pool
     * @throws IllegalArgumentException when a field breaks a rule of the CRD, naming the field
     */
    public InferencePool build() {
      InferencePool pool = new InferencePool();
      pool.setMetadata(metadata());
      if (targetPort == null) {
        throw new IllegalArgumentException("spec.targetPorts must have exactly 1 item");
      }
      KubeRules.port(targetPort, "spec.targetPorts[0].number");
      InferencePoolSpec.Selector labels = selector.build();
      if (labels.matchLabels().isEmpty()) {
        throw new IllegalArgumentException("spec.selector.matchLabels must not be empty");
      }
      KubeRules.labels(labels.matchLabels(), "spec.selector.matchLabels");
      InferencePoolSpec.EndpointPickerRef ref = picker.build();
      String path = "spec.endpointPickerRef";
      KubeRules.refName(ref.name(), path + ".name");
      if (ref.group() != null) {
        KubeRules.group(ref.group(), path + ".group");
      }
      if (ref.kind() != null) {
        KubeRules.kind(ref.kind(), path + ".kind");
      }
      if (ref.port() != null) {
        KubeRules.port(ref.port(), path + ".port.number");
      } else if (ref.kind() == null || "Service".equals(ref.kind())) {
        throw new IllegalArgumentException(
            path + ".port is required when kind is 'Service' or unspecified");
      }
      pool.setSpec(
          new InferencePoolSpec.Builder()
              .addTargetPort(InferencePoolSpec.Port.of(targetPort))
              .selector(labels)
              .endpointPickerRef(ref)
              .build());
      return pool;
    }
  }
}
