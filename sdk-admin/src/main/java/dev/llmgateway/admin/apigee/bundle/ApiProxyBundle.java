package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * An API proxy bundle: the proxy descriptor, proxy and target endpoints and policies, rendered as
 * the zip with root {@code apiproxy/} that the management API imports (the layout apigeecli
 * produces).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name} and one proxy
 * endpoint.
 */
public final class ApiProxyBundle {

  private final String name;
  private final @Nullable String displayName;
  private final @Nullable String description;
  private final int revision;
  private final List<ProxyEndpoint> proxyEndpoints;
  private final List<TargetEndpoint> targetEndpoints;
  private final List<Policy> policies;

  private ApiProxyBundle(Builder b) {
    if (b.name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    this.name = NameRules.apiProxy(b.name);
    this.displayName = b.displayName;
    this.description = b.description;
    this.revision = b.revision;
    this.proxyEndpoints = Collections.unmodifiableList(new ArrayList<>(b.proxyEndpoints));
    this.targetEndpoints = Collections.unmodifiableList(new ArrayList<>(b.targetEndpoints));
    this.policies = Collections.unmodifiableList(new ArrayList<>(b.policies));
    BundleRules.check(this);
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
   * Returns the API proxy name ({@code A-Za-z0-9._-}).
   *
   * @return the API proxy name ({@code A-Za-z0-9._-})
   */
  public String name() {
    return name;
  }

  /**
   * Returns the display name (defaults to the name).
   *
   * @return the display name (defaults to the name), or empty when not set
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
   * Returns the revision written into the descriptor (default 1; Apigee assigns the real revision
   * on import).
   *
   * @return the revision written into the descriptor (default 1; Apigee assigns the real revision
   *     on import)
   */
  public int revision() {
    return revision;
  }

  /**
   * Returns the proxy endpoints (at least one).
   *
   * @return the proxy endpoints (at least one)
   */
  public List<ProxyEndpoint> proxyEndpoints() {
    return proxyEndpoints;
  }

  /**
   * Returns the target endpoints.
   *
   * @return the target endpoints
   */
  public List<TargetEndpoint> targetEndpoints() {
    return targetEndpoints;
  }

  /**
   * Returns the policies.
   *
   * @return the policies
   */
  public List<Policy> policies() {
    return policies;
  }

  /**
   * Returns the bundle's files by path (e.g. {@code apiproxy/policies/Q-TokenQuota.xml}) in a
   * stable order: descriptor, proxies, targets, policies.
   *
   * @return path to XML content
   */
  public Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("apiproxy/" + name + ".xml", BundleXml.proxyDescriptor(this));
    for (ProxyEndpoint e : proxyEndpoints) {
      files.put("apiproxy/proxies/" + e.name() + ".xml", BundleXml.proxyEndpoint(e));
    }
    for (TargetEndpoint e : targetEndpoints) {
      files.put("apiproxy/targets/" + e.name() + ".xml", BundleXml.targetEndpoint(e));
    }
    for (Policy p : policies) {
      files.put("apiproxy/policies/" + p.name() + ".xml", p.toXml());
    }
    return Collections.unmodifiableMap(files);
  }

  /**
   * Returns the bundle as a zip with root {@code apiproxy/}; the same bundle always gives the same
   * bytes.
   *
   * @return the zip
   */
  public byte[] toZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String dir : directories()) {
        ZipEntry entry = new ZipEntry(dir);
        entry.setTime(ZIP_TIME);
        zip.putNextEntry(entry);
        zip.closeEntry();
      }
      for (Map.Entry<String, String> f : files().entrySet()) {
        ZipEntry entry = new ZipEntry(f.getKey());
        entry.setTime(ZIP_TIME);
        zip.putNextEntry(entry);
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private List<String> directories() {
    List<String> dirs = new ArrayList<>(List.of("apiproxy/", "apiproxy/proxies/"));
    if (!targetEndpoints.isEmpty()) {
      dirs.add("apiproxy/targets/");
    }
    if (!policies.isEmpty()) {
      dirs.add("apiproxy/policies/");
    }
    return dirs;
  }

  /** 2025-01-01T00:00:00Z, so that zips are reproducible. */
  private static final long ZIP_TIME = 1735689600000L;

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ApiProxyBundle)) {
      return false;
    }
    ApiProxyBundle o = (ApiProxyBundle) other;
    return Objects.equals(name, o.name)
        && Objects.equals(displayName, o.displayName)
        && Objects.equals(description, o.description)
        && revision == o.revision
        && Objects.equals(proxyEndpoints, o.proxyEndpoints)
        && Objects.equals(targetEndpoints, o.targetEndpoints)
        && Objects.equals(policies, o.policies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, displayName, description, revision, proxyEndpoints, targetEndpoints, policies);
  }

  @Override
  public String toString() {
    return "ApiProxyBundle{"
        + "name="
        + name
        + ", "
        + "displayName="
        + displayName
        + ", "
        + "description="
        + description
        + ", "
        + "revision="
        + revision
        + ", "
        + "proxyEndpoints="
        + proxyEndpoints
        + ", "
        + "targetEndpoints="
        + targetEndpoints
        + ", "
        + "policies="
        + policies
        + "}";
  }

  /** Builder of {@link ApiProxyBundle}. */
  public static final class Builder {

    private @Nullable String name;
    private @Nullable String displayName;
    private @Nullable String description;
    private int revision = 1;
    private final List<ProxyEndpoint> proxyEndpoints = new ArrayList<>();
    private final List<TargetEndpoint> targetEndpoints = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();

    private Builder() {}

    private Builder(ApiProxyBundle v) {
      this.name = v.name;
      this.displayName = v.displayName;
      this.description = v.description;
      this.revision = v.revision;
      this.proxyEndpoints.addAll(v.proxyEndpoints);
      this.targetEndpoints.addAll(v.targetEndpoints);
      this.policies.addAll(v.policies);
    }

    /**
     * Sets the API proxy name ({@code A-Za-z0-9._-}).
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the display name (defaults to the name).
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
     * Sets the revision written into the descriptor (default 1; Apigee assigns the real revision on
     * import).
     *
     * @param revision the value
     * @return this builder
     */
    public Builder revision(int revision) {
      this.revision = revision;
      return this;
    }

    /**
     * Replaces the proxy endpoints (at least one).
     *
     * @param proxyEndpoints the new elements
     * @return this builder
     */
    public Builder proxyEndpoints(java.util.Collection<? extends ProxyEndpoint> proxyEndpoints) {
      Objects.requireNonNull(proxyEndpoints, "proxyEndpoints == null");
      this.proxyEndpoints.clear();
      for (ProxyEndpoint e : proxyEndpoints) {
        addProxyEndpoint(e);
      }
      return this;
    }

    /**
     * Adds one element to the proxy endpoints (at least one).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addProxyEndpoint(ProxyEndpoint element) {
      this.proxyEndpoints.add(Objects.requireNonNull(element, "proxyEndpoints element == null"));
      return this;
    }

    /**
     * Replaces the target endpoints.
     *
     * @param targetEndpoints the new elements
     * @return this builder
     */
    public Builder targetEndpoints(java.util.Collection<? extends TargetEndpoint> targetEndpoints) {
      Objects.requireNonNull(targetEndpoints, "targetEndpoints == null");
      this.targetEndpoints.clear();
      for (TargetEndpoint e : targetEndpoints) {
        addTargetEndpoint(e);
      }
      return this;
    }

    /**
     * Adds one element to the target endpoints.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addTargetEndpoint(TargetEndpoint element) {
      this.targetEndpoints.add(Objects.requireNonNull(element, "targetEndpoints element == null"));
      return this;
    }

    /**
     * Replaces the policies.
     *
     * @param policies the new elements
     * @return this builder
     */
    public Builder policies(java.util.Collection<? extends Policy> policies) {
      Objects.requireNonNull(policies, "policies == null");
      this.policies.clear();
      for (Policy e : policies) {
        addPolicy(e);
      }
      return this;
    }

    /**
     * Adds one element to the policies.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addPolicy(Policy element) {
      this.policies.add(Objects.requireNonNull(element, "policies element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public ApiProxyBundle build() {
      return new ApiProxyBundle(this);
    }
  }
}
