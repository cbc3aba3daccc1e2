package dev.llmgateway.admin.k8s.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code spec} of an {@link InferenceObjective}: the pool it applies to and an optional
 * priority. Built by {@link InferenceObjective.Builder}; immutable.
 */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutableInferenceObjectiveSpec.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"priority", "poolRef"})
public abstract class InferenceObjectiveSpec {

  InferenceObjectiveSpec() {}

  /**
   * Returns the priority; higher is more important, negative is sheddable.
   *
   * @return the priority, or null when unset (not sent)
   */
  public abstract @Nullable Integer priority();

  /**
   * Returns the pool reference.
   *
   * @return the reference
   */
  @Value.Default
  public PoolRef poolRef() {
    return new PoolRef.Builder().build();
  }

  static final class Builder extends ImmutableInferenceObjectiveSpec.Builder {}

  /** Reference to an {@link InferencePool}; unset group and kind are not sent. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableInferenceObjectiveSpec.PoolRef.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"group", "kind", "name"})
  public abstract static class PoolRef {

    PoolRef() {}

    /**
     * Returns the pool's API group.
     *
     * @return the group, or null when unset (server default {@code inference.networking.k8s.io})
     */
    public abstract @Nullable String group();

    /**
     * Returns the pool's kind.
     *
     * @return the kind, or null when unset (server default {@code InferencePool})
     */
    public abstract @Nullable String kind();

    /**
     * Returns the pool's name.
     *
     * @return the name
     */
    @Value.Default
    public String name() {
      return "";
    }

    static final class Builder extends ImmutableInferenceObjectiveSpec.PoolRef.Builder {}
  }
}
