package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * A base-path conflict between a deployment and an existing deployment in the same environment
 * group.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: none.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = RouteConflict.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class RouteConflict {

  RouteConflict() {}

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
   * Returns the human-readable description.
   *
   * @return the description
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the environment group in which the conflict exists.
   *
   * @return the environment group
   */
  @Value.Default
  public String environmentGroup() {
    return "";
  }

  /**
   * Returns the base path of the existing deployment.
   *
   * @return the base path
   */
  @JsonIgnore
  @Value.Default
  public String conflictingBasepath() {
    return "";
  }

  /**
   * Returns the API proxy of the existing deployment.
   *
   * @return the API proxy name
   */
  @JsonIgnore
  @Value.Default
  public String conflictingApiProxy() {
    return "";
  }

  /**
   * Returns the environment of the existing deployment.
   *
   * @return the environment
   */
  @JsonIgnore
  @Value.Default
  public String conflictingEnvironment() {
    return "";
  }

  /**
   * Returns the revision of the existing deployment.
   *
   * @return the revision number in decimal
   */
  @JsonIgnore
  @Value.Default
  public String conflictingRevision() {
    return "";
  }

  /** Builder of {@link RouteConflict}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableRouteConflict.Builder {
    Builder() {}

    /** Reads {@code conflictingDeployment {basepath, apiProxy, environment, revision}}. */
    @JsonProperty("conflictingDeployment")
    Builder conflictingDeploymentJson(Map<String, Object> d) {
      return conflictingBasepath(String.valueOf(d.getOrDefault("basepath", "")))
          .conflictingApiProxy(String.valueOf(d.getOrDefault("apiProxy", "")))
          .conflictingEnvironment(String.valueOf(d.getOrDefault("environment", "")))
          .conflictingRevision(String.valueOf(d.getOrDefault("revision", "")));
    }
  }
}
