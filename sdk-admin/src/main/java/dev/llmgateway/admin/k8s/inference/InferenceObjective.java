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
    Builder b = new Builder().metadataFrom(getMetadata());
    if (getSpec() != null) {
      b.spec.from(getSpec());
      b.pool = new InferenceObjectiveSpec.PoolRef.Builder().from(getSpec().poolRef());
    }
    return b;
  }

  /** Builds a validated {@link InferenceObjective}. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private final InferenceObjectiveSpec.Builder spec = new InferenceObjectiveSpec.Builder();
    private InferenceObjectiveSpec.PoolRef.Builder pool =
        new InferenceObjectiveSpec.PoolRef.Builder().group(InferencePool.GROUP);

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
      spec.priority(priority);
      return this;
    }

    /**
     * Sets the name of the {@link InferencePool} (required).
     *
     * @param poolName the pool name
     * @return this builder
     */
    public Builder poolName(String poolName) {
      pool.name(poolName);
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
      pool.group(group).kind(kind);
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
      InferenceObjectiveSpec.PoolRef ref = pool.build();
      KubeRules.refName(ref.name(), "spec.poolRef.name");
      if (ref.group() != null) {
        KubeRules.group(ref.group(), "spec.poolRef.group");
      }
      if (ref.kind() != null) {
        KubeRules.kind(ref.kind(), "spec.poolRef.kind");
      }
      o.setSpec(spec.poolRef(ref).build());
      return o;
    }
  }
}
