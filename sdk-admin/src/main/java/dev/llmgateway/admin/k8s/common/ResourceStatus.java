package dev.llmgateway.admin.k8s.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.PolicyAncestorStatus;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.RouteParentStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status a controller writes on one of the gateway's custom resources. It carries the shapes
 * the controllers use ({@code conditions}, policy {@code ancestors}, InferencePool {@code parents})
 * and keeps every other field (for example the Apigee operator's {@code state} and {@code
 * errorMessage}) so nothing is lost on a round trip.
 *
 * <p>Instances are immutable once built; the SDK only reads them. The builder exists for tests and
 * emulators that play the controller's part.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class ResourceStatus {

  @JsonProperty("conditions")
  private List<Condition> conditions = new ArrayList<>();

  @JsonProperty("ancestors")
  private List<PolicyAncestorStatus> ancestors = new ArrayList<>();

  @JsonProperty("parents")
  private List<RouteParentStatus> parents = new ArrayList<>();

  private Map<String, Object> fields = new LinkedHashMap<>();

  private ResourceStatus() {}

  /**
   * Returns a builder for a status.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the top-level {@code conditions}.
   *
   * @return the conditions, never null
   */
  public List<Condition> conditions() {
    return List.copyOf(conditions);
  }

  /**
   * Returns the policy {@code ancestors} (GKE policies and extensions).
   *
   * @return the ancestors, never null
   */
  public List<PolicyAncestorStatus> ancestors() {
    return List.copyOf(ancestors);
  }

  /**
   * Returns the {@code parents} (InferencePool).
   *
   * @return the parents, never null
   */
  public List<RouteParentStatus> parents() {
    return List.copyOf(parents);
  }

  /**
   * Returns another top-level status field as text, for example {@code state}.
   *
   * @param name the JSON field name
   * @return the value, or empty when the field is absent or null
   */
  public Optional<String> field(String name) {
    Object value = fields.get(name);
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
  }

  @JsonAnyGetter
  Map<String, Object> otherFields() {
    return fields;
  }

  @JsonAnySetter
  void putOtherField(String name, @Nullable Object value) {
    fields.put(name, value);
  }

  @Override
  public String toString() {
    return "ResourceStatus{conditions="
        + conditions
        + ", ancestors="
        + ancestors
        + ", parents="
        + parents
        + ", fields="
        + fields
        + "}";
  }

  /** Builds a {@link ResourceStatus}; no field is required. */
  public static final class Builder {
    private final List<Condition> conditions = new ArrayList<>();
    private final List<PolicyAncestorStatus> ancestors = new ArrayList<>();
    private final List<RouteParentStatus> parents = new ArrayList<>();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a top-level condition.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder addCondition(Condition condition) {
      conditions.add(condition);
      return this;
    }

    /**
     * Adds a policy ancestor status.
     *
     * @param ancestor the ancestor status
     * @return this builder
     */
    public Builder addAncestor(PolicyAncestorStatus ancestor) {
      ancestors.add(ancestor);
      return this;
    }

    /**
     * Adds a parent status.
     *
     * @param parent the parent status
     * @return this builder
     */
    public Builder addParent(RouteParentStatus parent) {
      parents.add(parent);
      return this;
    }

    /**
     * Sets another top-level field, for example {@code state}.
     *
     * @param name the JSON field name
     * @param value the value
     * @return this builder
     */
    public Builder putField(String name, Object value) {
      fields.put(name, value);
      return this;
    }

    /**
     * Builds the status.
     *
     * @return the status
     */
    public ResourceStatus build() {
      ResourceStatus status = new ResourceStatus();
      status.conditions = new ArrayList<>(conditions);
      status.ancestors = new ArrayList<>(ancestors);
      status.parents = new ArrayList<>(parents);
      status.fields = new LinkedHashMap<>(fields);
      return status;
    }
  }
}
