package dev.llmgateway.admin.apigee.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The deployment of an API proxy revision in an environment, with its state, errors and route
 * conflicts.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: none.
 */
public final class Deployment {

  private final String environment;
  private final String apiProxy;
  private final String revision;
  private final DeploymentState state;
  private final List<DeploymentError> errors;
  private final List<RouteConflict> routeConflicts;
  private final @Nullable Long deployStartTime;

  private Deployment(Builder b) {
    this.environment = Objects.requireNonNull(b.environment, "environment == null");
    this.apiProxy = Objects.requireNonNull(b.apiProxy, "apiProxy == null");
    this.revision = Objects.requireNonNull(b.revision, "revision == null");
    this.state = Objects.requireNonNull(b.state, "state == null");
    this.errors = Collections.unmodifiableList(new ArrayList<>(b.errors));
    this.routeConflicts = Collections.unmodifiableList(new ArrayList<>(b.routeConflicts));
    this.deployStartTime = b.deployStartTime;
  }

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
    return new Builder(this);
  }

  /**
   * Returns the environment.
   *
   * @return the environment
   */
  public String environment() {
    return environment;
  }

  /**
   * Returns the API proxy name.
   *
   * @return the API proxy name
   */
  public String apiProxy() {
    return apiProxy;
  }

  /**
   * Returns the revision number in decimal.
   *
   * @return the revision number in decimal
   */
  public String revision() {
    return revision;
  }

  /**
   * Returns the runtime state.
   *
   * @return the runtime state
   */
  public DeploymentState state() {
    return state;
  }

  /**
   * Returns the errors when the state is {@code ERROR}.
   *
   * @return the errors when the state is {@code ERROR}
   */
  public List<DeploymentError> errors() {
    return errors;
  }

  /**
   * Returns the base-path conflicts with other deployments.
   *
   * @return the base-path conflicts with other deployments
   */
  public List<RouteConflict> routeConflicts() {
    return routeConflicts;
  }

  /**
   * Returns the deployment start time in epoch milliseconds.
   *
   * @return the deployment start time in epoch milliseconds, or empty when not set
   */
  public Optional<Long> deployStartTime() {
    return Optional.ofNullable(deployStartTime);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Deployment)) {
      return false;
    }
    Deployment o = (Deployment) other;
    return Objects.equals(environment, o.environment)
        && Objects.equals(apiProxy, o.apiProxy)
        && Objects.equals(revision, o.revision)
        && Objects.equals(state, o.state)
        && Objects.equals(errors, o.errors)
        && Objects.equals(routeConflicts, o.routeConflicts)
        && Objects.equals(deployStartTime, o.deployStartTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        environment, apiProxy, revision, state, errors, routeConflicts, deployStartTime);
  }

  @Override
  public String toString() {
    return "Deployment{"
        + "environment="
        + environment
        + ", "
        + "apiProxy="
        + apiProxy
        + ", "
        + "revision="
        + revision
        + ", "
        + "state="
        + state
        + ", "
        + "errors="
        + errors
        + ", "
        + "routeConflicts="
        + routeConflicts
        + ", "
        + "deployStartTime="
        + deployStartTime
        + "}";
  }

  /** Builder of {@link Deployment}. */
  public static final class Builder {

    private String environment = "";
    private String apiProxy = "";
    private String revision = "";
    private DeploymentState state = DeploymentState.UNSPECIFIED;
    private final List<DeploymentError> errors = new ArrayList<>();
    private final List<RouteConflict> routeConflicts = new ArrayList<>();
    private @Nullable Long deployStartTime;

    private Builder() {}

    private Builder(Deployment v) {
      this.environment = v.environment;
      this.apiProxy = v.apiProxy;
      this.revision = v.revision;
      this.state = v.state;
      this.errors.addAll(v.errors);
      this.routeConflicts.addAll(v.routeConflicts);
      this.deployStartTime = v.deployStartTime;
    }

    /**
     * Sets the environment.
     *
     * @param environment the value
     * @return this builder
     */
    public Builder environment(String environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Sets the API proxy name.
     *
     * @param apiProxy the value
     * @return this builder
     */
    public Builder apiProxy(String apiProxy) {
      this.apiProxy = apiProxy;
      return this;
    }

    /**
     * Sets the revision number in decimal.
     *
     * @param revision the value
     * @return this builder
     */
    public Builder revision(String revision) {
      this.revision = revision;
      return this;
    }

    /**
     * Sets the runtime state.
     *
     * @param state the value
     * @return this builder
     */
    public Builder state(DeploymentState state) {
      this.state = state;
      return this;
    }

    /**
     * Replaces the errors when the state is {@code ERROR}.
     *
     * @param errors the new elements
     * @return this builder
     */
    public Builder errors(java.util.Collection<? extends DeploymentError> errors) {
      Objects.requireNonNull(errors, "errors == null");
      this.errors.clear();
      for (DeploymentError e : errors) {
        addError(e);
      }
      return this;
    }

    /**
     * Adds one element to the errors when the state is {@code ERROR}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addError(DeploymentError element) {
      this.errors.add(Objects.requireNonNull(element, "errors element == null"));
      return this;
    }

    /**
     * Replaces the base-path conflicts with other deployments.
     *
     * @param routeConflicts the new elements
     * @return this builder
     */
    public Builder routeConflicts(java.util.Collection<? extends RouteConflict> routeConflicts) {
      Objects.requireNonNull(routeConflicts, "routeConflicts == null");
      this.routeConflicts.clear();
      for (RouteConflict e : routeConflicts) {
        addRouteConflict(e);
      }
      return this;
    }

    /**
     * Adds one element to the base-path conflicts with other deployments.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRouteConflict(RouteConflict element) {
      this.routeConflicts.add(Objects.requireNonNull(element, "routeConflicts element == null"));
      return this;
    }

    /**
     * Sets the deployment start time in epoch milliseconds.
     *
     * @param deployStartTime the value, or null to unset
     * @return this builder
     */
    public Builder deployStartTime(@Nullable Long deployStartTime) {
      this.deployStartTime = deployStartTime;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public Deployment build() {
      return new Deployment(this);
    }
  }
}
