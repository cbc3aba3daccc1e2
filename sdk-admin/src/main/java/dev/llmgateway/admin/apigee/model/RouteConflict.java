package dev.llmgateway.admin.apigee.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A base-path conflict between a deployment and an existing deployment in the same environment
 * group.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: none.
 */
public final class RouteConflict {

  private final String description;
  private final String environmentGroup;
  private final String conflictingBasepath;
  private final String conflictingApiProxy;
  private final String conflictingEnvironment;
  private final String conflictingRevision;

  private RouteConflict(Builder b) {
    this.description = Objects.requireNonNull(b.description, "description == null");
    this.environmentGroup = Objects.requireNonNull(b.environmentGroup, "environmentGroup == null");
    this.conflictingBasepath =
        Objects.requireNonNull(b.conflictingBasepath, "conflictingBasepath == null");
    this.conflictingApiProxy =
        Objects.requireNonNull(b.conflictingApiProxy, "conflictingApiProxy == null");
    this.conflictingEnvironment =
        Objects.requireNonNull(b.conflictingEnvironment, "conflictingEnvironment == null");
    this.conflictingRevision =
        Objects.requireNonNull(b.conflictingRevision, "conflictingRevision == null");
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
   * Returns the human-readable description.
   *
   * @return the human-readable description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the environment group in which the conflict exists.
   *
   * @return the environment group in which the conflict exists
   */
  public String environmentGroup() {
    return environmentGroup;
  }

  /**
   * Returns the base path of the existing deployment.
   *
   * @return the base path of the existing deployment
   */
  public String conflictingBasepath() {
    return conflictingBasepath;
  }

  /**
   * Returns the API proxy of the existing deployment.
   *
   * @return the API proxy of the existing deployment
   */
  public String conflictingApiProxy() {
    return conflictingApiProxy;
  }

  /**
   * Returns the environment of the existing deployment.
   *
   * @return the environment of the existing deployment
   */
  public String conflictingEnvironment() {
    return conflictingEnvironment;
  }

  /**
   * Returns the revision of the existing deployment.
   *
   * @return the revision of the existing deployment
   */
  public String conflictingRevision() {
    return conflictingRevision;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RouteConflict)) {
      return false;
    }
    RouteConflict o = (RouteConflict) other;
    return Objects.equals(description, o.description)
        && Objects.equals(environmentGroup, o.environmentGroup)
        && Objects.equals(conflictingBasepath, o.conflictingBasepath)
        && Objects.equals(conflictingApiProxy, o.conflictingApiProxy)
        && Objects.equals(conflictingEnvironment, o.conflictingEnvironment)
        && Objects.equals(conflictingRevision, o.conflictingRevision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        description,
        environmentGroup,
        conflictingBasepath,
        conflictingApiProxy,
        conflictingEnvironment,
        conflictingRevision);
  }

  @Override
  public String toString() {
    return "RouteConflict{"
        + "description="
        + description
        + ", "
        + "environmentGroup="
        + environmentGroup
        + ", "
        + "conflictingBasepath="
        + conflictingBasepath
        + ", "
        + "conflictingApiProxy="
        + conflictingApiProxy
        + ", "
        + "conflictingEnvironment="
        + conflictingEnvironment
        + ", "
        + "conflictingRevision="
        + conflictingRevision
        + "}";
  }

  /** Builder of {@link RouteConflict}. */
  public static final class Builder {

    private String description = "";
    private String environmentGroup = "";
    private String conflictingBasepath = "";
    private String conflictingApiProxy = "";
    private String conflictingEnvironment = "";
    private String conflictingRevision = "";

    private Builder() {}

    private Builder(RouteConflict v) {
      this.description = v.description;
      this.environmentGroup = v.environmentGroup;
      this.conflictingBasepath = v.conflictingBasepath;
      this.conflictingApiProxy = v.conflictingApiProxy;
      this.conflictingEnvironment = v.conflictingEnvironment;
      this.conflictingRevision = v.conflictingRevision;
    }

    /**
     * Sets the human-readable description.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the environment group in which the conflict exists.
     *
     * @param environmentGroup the value
     * @return this builder
     */
    public Builder environmentGroup(String environmentGroup) {
      this.environmentGroup = environmentGroup;
      return this;
    }

    /**
     * Sets the base path of the existing deployment.
     *
     * @param conflictingBasepath the value
     * @return this builder
     */
    public Builder conflictingBasepath(String conflictingBasepath) {
      this.conflictingBasepath = conflictingBasepath;
      return this;
    }

    /**
     * Sets the API proxy of the existing deployment.
     *
     * @param conflictingApiProxy the value
     * @return this builder
     */
    public Builder conflictingApiProxy(String conflictingApiProxy) {
      this.conflictingApiProxy = conflictingApiProxy;
      return this;
    }

    /**
     * Sets the environment of the existing deployment.
     *
     * @param conflictingEnvironment the value
     * @return this builder
     */
    public Builder conflictingEnvironment(String conflictingEnvironment) {
      this.conflictingEnvironment = conflictingEnvironment;
      return this;
    }

    /**
     * Sets the revision of the existing deployment.
     *
     * @param conflictingRevision the value
     * @return this builder
     */
    public Builder conflictingRevision(String conflictingRevision) {
      this.conflictingRevision = conflictingRevision;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public RouteConflict build() {
      return new RouteConflict(this);
    }
  }
}
