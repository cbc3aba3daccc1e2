package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * A revision of an API proxy as returned by import.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code revision}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = ProxyRevision.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ProxyRevision {

  ProxyRevision() {}

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
   * Returns the API proxy name.
   *
   * @return the API proxy name
   */
  public abstract String name();

  /**
   * Returns the revision number in decimal.
   *
   * @return the revision number in decimal
   */
  public abstract String revision();

  /**
   * Returns the display name.
   *
   * @return the display name, or empty when not set
   */
  public abstract Optional<String> displayName();

  /**
   * Returns the description.
   *
   * @return the description, or empty when not set
   */
  public abstract Optional<String> description();

  /**
   * Returns the base paths of the proxy endpoints.
   *
   * @return the base paths
   */
  public abstract List<String> basepaths();

  /**
   * Returns the policy names.
   *
   * @return the policy names
   */
  public abstract List<String> policies();

  /**
   * Returns the proxy endpoint names.
   *
   * @return the proxy endpoint names
   */
  public abstract List<String> proxyEndpoints();

  /**
   * Returns the target endpoint names.
   *
   * @return the target endpoint names
   */
  public abstract List<String> targetEndpoints();

  /**
   * Returns the revision number.
   *
   * @return the revision as an int
   * @throws NumberFormatException if the server sent a non-numeric revision
   */
  public int revisionNumber() {
    return Integer.parseInt(revision());
  }

  /** Builder of {@link ProxyRevision}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableProxyRevision.Builder {
    Builder() {}

    /** Reads absent fields as empty, as the management API's other readers do. */
    @JsonCreator
    static Builder fromJson() {
      return new Builder().name("").revision("");
    }
  }
}
