package dev.llmgateway.admin.k8s.inference;

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
import org.jspecify.annotations.Nullable;

/**
 * An {@code InferenceObjective} ({@code inference.networking.x-k8s.io/v1alpha2}): the priority of
 * requests that name it in the {@code x-gateway-inference-objective} header.
 *
 * <pre>{@code
 * InferenceObjective objective = InferenceObjective.builder()
 *     .name("food-review")
 *     .poolName("vllm-l4-gemma-3-1b-it")
 *     .priority(1)
 *     .build();
 * }</pre>
 *
 * <p>A mutable Fabric8 JavaBean; the public constructor exists for deserialization.
 */
@Group(InferenceObjective.GROUP)
@Version("v1alpha2")
@Kind("InferenceObjective")
@Plural("inferenceobjectives")
public final class InferenceObjective extends CustomResource<InferenceObjectiveSpec, ResourceStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group, {@value}. */
  public static final String GROUP = "inference.networking.x-k8s.io";

  /** Creates an empty objective; used by deserialization. Prefer {@link #builder()}. */
  public InferenceObjective() {}

  /**
   * Returns a builder. Required: {@code name} and {@code poolName}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this objective.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.metadataFrom(getMetadata());
    if (getSpec() != null) {
      b.priority = getSpec().priority();
      b.poolGroup = getSpec().poolRef().group();
      b.poolKind = getSpec().poolRef().kind();
      b.poolName = getSpec().poolRef().name();
    }
    return b;
  }

  /** Builds a validated {@link InferenceObjective}. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private @Nullable Integer priority;
    private @Nullable String poolGroup = InferencePool.GROUP;
    private @Nullable String poolKind;
    private @Nullable String poolName;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the priority; unset is not sent.
     *
     * @param priority the priority, or null
     * @return this builder
     */
    public Builder priority(@Nullable Integer priority) {
      this.priority = priority;
      return this;
    }

    /**
     * Sets the name of the {@link InferencePool} (required).
     *
     * @param poolName the pool name
     * @return this builder
     */
    public Builder poolName(String poolName) {
      this.poolName = poolName;
      return this;
    }

    /**
     * Sets the pool's group and kind; by default the group {@code inference.networking.k8s.io} is
     * sent, as in the guide, and the kind is left to the server default.
     *
     * @param group the group, or null to leave it unset
     * @param kind the kind, or null to leave it unset
     * @return this builder
     */
    public Builder poolKind(@Nullable String group, @Nullable String kind) {
      this.poolGroup = group;
      this.poolKind = kind;
      return this;
    }

    /**
     * Builds the objective.
     *
     * @return the objective
     * @throws IllegalArgumentException when a field breaks a rule of the CRD, naming the field
     */
    public InferenceObjective build() {
      InferenceObjective o = new InferenceObjective();
      o.setMetadata(metadata());
      KubeRules.refName(poolName, "spec.poolRef.name");
      if (poolGroup != null) {
        KubeRules.group(poolGroup, "spec.poolRef.group");
      }
      if (poolKind != null) {
        KubeRules.kind(poolKind, "spec.poolRef.kind");
      }
      o.setSpec(
          InferenceObjectiveSpec.of(
              priority,
              InferenceObjectiveSpec.PoolRef.of(
                  poolGroup, poolKind, Checks.notNullArgument(poolName, "spec.poolRef.name"))));
      return o;
    }
  }
}
