package dev.llmgateway.admin.k8s.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.json.AllowNulls;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.PolicyAncestorStatus;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.RouteParentStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The status a controller writes on one of the gateway's custom resources. It carries the shapes
 * the controllers use ({@code conditions}, policy {@code ancestors}, InferencePool {@code parents})
 * and keeps every other field (for example the Apigee operator's {@code state} and {@code
 * errorMessage}) so nothing is lost on a round trip.
 *
 * <p>Instances are immutable; the SDK only reads them. The builder ({@code addCondition}, {@code
 * addAncestor}, {@code addParent}, {@code putField}; no field is required) exists for tests and
 * emulators that play the controller's part.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableResourceStatus.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"conditions", "ancestors", "parents"})
public abstract class ResourceStatus {

  ResourceStatus() {}

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
  public abstract List<Condition> conditions();

  /**
   * Returns the policy {@code ancestors} (GKE policies and extensions).
   *
   * @return the ancestors, never null
   */
  public abstract List<PolicyAncestorStatus> ancestors();

  /**
   * Returns the {@code parents} (InferencePool).
   *
   * @return the parents, never null
   */
  public abstract List<RouteParentStatus> parents();

  /** The other top-level status fields, as read; {@link #field(String)} reads one. */
  @JsonAnyGetter
  @AllowNulls
  abstract Map<String, Object> fields();

  /**
   * Returns another top-level status field as text, for example {@code state}.
   *
   * @param name the JSON field name
   * @return the value, or empty when the field is absent or null
   */
  public Optional<String> field(String name) {
    Object value = fields().get(name);
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
  }

  /** Builds a {@link ResourceStatus}; no field is required. */
  public static final class Builder extends ImmutableResourceStatus.Builder {
    Builder() {}
  }
}
