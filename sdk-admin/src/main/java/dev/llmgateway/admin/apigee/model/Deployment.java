package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The deployment of an API proxy revision in an environment, with its state, errors and route
 * conflicts.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: none.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = Deployment.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Deployment {

  Deployment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value's fields.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Returns the environment.
   *
   * @return the environment
   */
  @Value.Default
  public String environment() {
    return "";
  }

  /**
   * Returns the API proxy name.
   *
   * @return the API proxy name
   */
  @Value.Default
  public String apiProxy() {
    return "";
  }

  /**
   * Returns the revision number in decimal.
   *
   * @return the revision
   */
  @Value.Default
  public String revision() {
    return "";
  }

  /**
   * Returns the runtime state.
   *
   * @return the state, {@link DeploymentState#UNSPECIFIED} when not sent
   */
  @Value.Default
  public DeploymentState state() {
    return DeploymentState.UNSPECIFIED;
  }

  /**
   * Returns the errors when the state is {@code ERROR}.
   *
   * @return the errors
   */
  public abstract List<DeploymentError> errors();

  /**
   * Returns the base-path conflicts with other deployments.
   *
   * @return the route conflicts
   */
  public abstract List<RouteConflict> routeConflicts();

  /**
   * Returns the deployment start time in epoch milliseconds.
   *
   * @return the start time, or empty when not set
   */
  public abstract Optional<Long> deployStartTime();

  /** Builder of {@link Deployment}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableDeployment.Builder {
    Builder() {}
  }
}
