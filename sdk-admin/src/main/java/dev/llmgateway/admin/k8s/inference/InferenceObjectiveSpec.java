package dev.llmgateway.admin.k8s.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spec} of an {@link InferenceObjective}: the pool it applies to and an optional
 * priority. Built by {@link InferenceObjective.Builder}; immutable from the outside.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"priority", "poolRef"})
public final class InferenceObjectiveSpec {

  @JsonProperty("priority")
  private @Nullable Integer priority;

  @JsonProperty("poolRef")
  private PoolRef poolRef = new PoolRef();

  private InferenceObjectiveSpec() {}

  static InferenceObjectiveSpec of(@Nullable Integer priority, PoolRef poolRef) {
    InferenceObjectiveSpec spec = new InferenceObjectiveSpec();
    spec.priority = priority;
    spec.poolRef = poolRef;
    return spec;
  }

  /**
   * Returns the priority; higher is more important, negative is sheddable.
   *
   * @return the priority, or null when unset (not sent)
   */
  public @Nullable Integer priority() {
    return priority;
  }

  /**
   * Returns the pool reference.
   *
   * @return the reference
   */
  public PoolRef poolRef() {
    return poolRef;
  }

  /** Reference to an {@link InferencePool}; unset group and kind are not sent. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"group", "kind", "name"})
  public static final class PoolRef {
    @JsonProperty("group")
    private @Nullable String group;

    @JsonProperty("kind")
    private @Nullable String kind;

    @JsonProperty("name")
    private String name = "";

    private PoolRef() {}

    static PoolRef of(@Nullable String group, @Nullable String kind, String name) {
      PoolRef r = new PoolRef();
      r.group = group;
      r.kind = kind;
      r.name = name;
      return r;
    }

    /**
     * Returns the pool's API group.
     *
     * @return the group, or null when unset (server default {@code inference.networking.k8s.io})
     */
    public @Nullable String group() {
      return group;
    }

    /**
     * Returns the pool's kind.
     *
     * @return the kind, or null when unset (server default {@code InferencePool})
     */
    public @Nullable String kind() {
      return kind;
    }

    /**
     * Returns the pool's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }
  }
}
