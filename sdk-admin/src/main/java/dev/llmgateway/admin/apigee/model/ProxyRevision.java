package dev.llmgateway.admin.apigee.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A revision of an API proxy as returned by import.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code revision}.
 */
public final class ProxyRevision {

  private final String name;
  private final String revision;
  private final @Nullable String displayName;
  private final @Nullable String description;
  private final List<String> basepaths;
  private final List<String> policies;
  private final List<String> proxyEndpoints;
  private final List<String> targetEndpoints;

  private ProxyRevision(Builder b) {
    if (b.name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    this.name = Objects.requireNonNull(b.name, "name == null");
    if (b.revision == null) {
      throw new IllegalArgumentException("revision must not be null");
    }
    this.revision = Objects.requireNonNull(b.revision, "revision == null");
    this.displayName = b.displayName;
    this.description = b.description;
    this.basepaths = Collections.unmodifiableList(new ArrayList<>(b.basepaths));
    this.policies = Collections.unmodifiableList(new ArrayList<>(b.policies));
    this.proxyEndpoints = Collections.unmodifiableList(new ArrayList<>(b.proxyEndpoints));
    this.targetEndpoints = Collections.unmodifiableList(new ArrayList<>(b.targetEndpoints));
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
   * Returns the API proxy name.
   *
   * @return the API proxy name
   */
  public String name() {
    return name;
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
   * Returns the display name.
   *
   * @return the display name, or empty when not set
   */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /**
   * Returns the description.
   *
   * @return the description, or empty when not set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the base paths of the proxy endpoints.
   *
   * @return the base paths of the proxy endpoints
   */
  public List<String> basepaths() {
    return basepaths;
  }

  /**
   * Returns the policy names.
   *
   * @return the policy names
   */
  public List<String> policies() {
    return policies;
  }

  /**
   * Returns the proxy endpoint names.
   *
   * @return the proxy endpoint names
   */
  public List<String> proxyEndpoints() {
    return proxyEndpoints;
  }

  /**
   * Returns the target endpoint names.
   *
   * @return the target endpoint names
   */
  public List<String> targetEndpoints() {
    return targetEndpoints;
  }

  /**
   * Returns the revision number.
   *
   * @return the revision as an int
   * @throws NumberFormatException if the server sent a non-numeric revision
   */
  public int revisionNumber() {
    return Integer.parseInt(revision);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProxyRevision)) {
      return false;
    }
    ProxyRevision o = (ProxyRevision) other;
    return Objects.equals(name, o.name)
        && Objects.equals(revision, o.revision)
        && Objects.equals(displayName, o.displayName)
        && Objects.equals(description, o.description)
        && Objects.equals(basepaths, o.basepaths)
        && Objects.equals(policies, o.policies)
        && Objects.equals(proxyEndpoints, o.proxyEndpoints)
        && Objects.equals(targetEndpoints, o.targetEndpoints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        revision,
        displayName,
        description,
        basepaths,
        policies,
        proxyEndpoints,
        targetEndpoints);
  }

  @Override
  public String toString() {
    return "ProxyRevision{"
        + "name="
        + name
        + ", "
        + "revision="
        + revision
        + ", "
        + "displayName="
        + displayName
        + ", "
        + "description="
        + description
        + ", "
        + "basepaths="
        + basepaths
        + ", "
        + "policies="
        + policies
        + ", "
        + "proxyEndpoints="
        + proxyEndpoints
        + ", "
        + "targetEndpoints="
        + targetEndpoints
        + "}";
  }

  /** Builder of {@link ProxyRevision}. */
  public static final class Builder {

    private @Nullable String name;
    private @Nullable String revision;
    private @Nullable String displayName;
    private @Nullable String description;
    private final List<String> basepaths = new ArrayList<>();
    private final List<String> policies = new ArrayList<>();
    private final List<String> proxyEndpoints = new ArrayList<>();
    private final List<String> targetEndpoints = new ArrayList<>();

    private Builder() {}

    private Builder(ProxyRevision v) {
      this.name = v.name;
      this.revision = v.revision;
      this.displayName = v.displayName;
      this.description = v.description;
      this.basepaths.addAll(v.basepaths);
      this.policies.addAll(v.policies);
      this.proxyEndpoints.addAll(v.proxyEndpoints);
      this.targetEndpoints.addAll(v.targetEndpoints);
    }

    /**
     * Sets the API proxy name.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
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
     * Sets the display name.
     *
     * @param displayName the value, or null to unset
     * @return this builder
     */
    public Builder displayName(@Nullable String displayName) {
      this.displayName = displayName;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value, or null to unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Replaces the base paths of the proxy endpoints.
     *
     * @param basepaths the new elements
     * @return this builder
     */
    public Builder basepaths(java.util.Collection<? extends String> basepaths) {
      Objects.requireNonNull(basepaths, "basepaths == null");
      this.basepaths.clear();
      for (String e : basepaths) {
        addBasepath(e);
      }
      return this;
    }

    /**
     * Adds one element to the base paths of the proxy endpoints.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addBasepath(String element) {
      this.basepaths.add(Objects.requireNonNull(element, "basepaths element == null"));
      return this;
    }

    /**
     * Replaces the policy names.
     *
     * @param policies the new elements
     * @return this builder
     */
    public Builder policies(java.util.Collection<? extends String> policies) {
      Objects.requireNonNull(policies, "policies == null");
      this.policies.clear();
      for (String e : policies) {
        addPolicy(e);
      }
      return this;
    }

    /**
     * Adds one element to the policy names.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addPolicy(String element) {
      this.policies.add(Objects.requireNonNull(element, "policies element == null"));
      return this;
    }

    /**
     * Replaces the proxy endpoint names.
     *
     * @param proxyEndpoints the new elements
     * @return this builder
     */
    public Builder proxyEndpoints(java.util.Collection<? extends String> proxyEndpoints) {
      Objects.requireNonNull(proxyEndpoints, "proxyEndpoints == null");
      this.proxyEndpoints.clear();
      for (String e : proxyEndpoints) {
        addProxyEndpoint(e);
      }
      return this;
    }

    /**
     * Adds one element to the proxy endpoint names.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addProxyEndpoint(String element) {
      this.proxyEndpoints.add(Objects.requireNonNull(element, "proxyEndpoints element == null"));
      return this;
    }

    /**
     * Replaces the target endpoint names.
     *
     * @param targetEndpoints the new elements
     * @return this builder
     */
    public Builder targetEndpoints(java.util.Collection<? extends String> targetEndpoints) {
      Objects.requireNonNull(targetEndpoints, "targetEndpoints == null");
      this.targetEndpoints.clear();
      for (String e : targetEndpoints) {
        addTargetEndpoint(e);
      }
      return this;
    }

    /**
     * Adds one element to the target endpoint names.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addTargetEndpoint(String element) {
      this.targetEndpoints.add(Objects.requireNonNull(element, "targetEndpoints element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public ProxyRevision build() {
      return new ProxyRevision(this);
    }
  }
}
