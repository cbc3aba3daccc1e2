package dev.llmgateway.admin.apigee.model;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An API product: the proxies, operations (paths and methods) and quotas a subscribed key may use.
 *
 * <p>This is the product as the Apigee management API stores it ({@code
 * organizations/{org}/apiproducts/{product}}), used with {@link
 * dev.llmgateway.admin.apigee.ApiProducts}. In the guide the Apigee Operator creates it from the
 * Kubernetes custom resource {@link dev.llmgateway.admin.k8s.apim.ApiProduct}, a different type.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
public final class ApiProduct extends AttributedResource {

  private final String name;
  private final @Nullable String displayName;
  private final @Nullable String description;
  private final String approvalType;
  private final List<String> environments;
  private final List<String> proxies;
  private final List<String> apiResources;
  private final List<String> scopes;
  private final @Nullable Quota quota;
  private final @Nullable OperationGroup operationGroup;
  private final @Nullable String quotaCounterScope;
  private final @Nullable Long createdAt;
  private final @Nullable Long lastModifiedAt;

  private ApiProduct(Builder b) {
    super(b);
    if (b.name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    this.name = NameRules.apiProduct("name", b.name);
    this.displayName = b.displayName;
    this.description = b.description;
    this.approvalType = ApiProduct.checkApproval(b.approvalType);
    this.environments = Collections.unmodifiableList(new ArrayList<>(b.environments));
    this.proxies = Collections.unmodifiableList(new ArrayList<>(b.proxies));
    this.apiResources = Collections.unmodifiableList(new ArrayList<>(b.apiResources));
    this.scopes = Collections.unmodifiableList(new ArrayList<>(b.scopes));
    this.quota = b.quota;
    this.operationGroup = b.operationGroup;
    this.quotaCounterScope = b.quotaCounterScope;
    this.createdAt = b.createdAt;
    this.lastModifiedAt = b.lastModifiedAt;
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
   * Returns the internal name.
   *
   * @return the internal name
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
   * Returns how keys are approved, {@code auto} or {@code manual} (defaults to {@code auto}).
   *
   * @return how keys are approved, {@code auto} or {@code manual} (defaults to {@code auto})
   */
  public String approvalType() {
    return approvalType;
  }

  /**
   * Returns the environments the product is available in (empty = all).
   *
   * @return the environments the product is available in (empty = all)
   */
  public List<String> environments() {
    return environments;
  }

  /**
   * Returns the API proxies the product is bound to (legacy; prefer an operation group).
   *
   * @return the API proxies the product is bound to (legacy; prefer an operation group)
   */
  public List<String> proxies() {
    return proxies;
  }

  /**
   * Returns the resource paths (legacy; prefer an operation group).
   *
   * @return the resource paths (legacy; prefer an operation group)
   */
  public List<String> apiResources() {
    return apiResources;
  }

  /**
   * Returns the OAuth scopes.
   *
   * @return the OAuth scopes
   */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * Returns the product-level request quota.
   *
   * @return the product-level request quota, or empty when not set
   */
  public Optional<Quota> quota() {
    return Optional.ofNullable(quota);
  }

  /**
   * Returns the operations (proxy, path, methods) with optional per-operation quotas.
   *
   * @return the operations (proxy, path, methods) with optional per-operation quotas, or empty when
   *     not set
   */
  public Optional<OperationGroup> operationGroup() {
    return Optional.ofNullable(operationGroup);
  }

  /**
   * Returns the quota counter scope, e.g. {@code PROXY}, {@code OPERATION} or {@code PRODUCT}.
   *
   * @return the quota counter scope, e.g. {@code PROXY}, {@code OPERATION} or {@code PRODUCT}, or
   *     empty when not set
   */
  public Optional<String> quotaCounterScope() {
    return Optional.ofNullable(quotaCounterScope);
  }

  /**
   * Returns the creation time in epoch milliseconds (output only).
   *
   * @return the creation time in epoch milliseconds (output only), or empty when not set
   */
  public Optional<Long> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /**
   * Returns the last modification time in epoch milliseconds (output only).
   *
   * @return the last modification time in epoch milliseconds (output only), or empty when not set
   */
  public Optional<Long> lastModifiedAt() {
    return Optional.ofNullable(lastModifiedAt);
  }

  static String checkApproval(String approvalType) {
    if (!"auto".equals(approvalType) && !"manual".equals(approvalType)) {
      throw new IllegalArgumentException(
          "approvalType must be 'auto' or 'manual' but was '" + approvalType + "'");
    }
    return approvalType;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ApiProduct)) {
      return false;
    }
    ApiProduct o = (ApiProduct) other;
    return Objects.equals(name, o.name)
        && Objects.equals(displayName, o.displayName)
        && Objects.equals(description, o.description)
        && Objects.equals(approvalType, o.approvalType)
        && Objects.equals(environments, o.environments)
        && Objects.equals(proxies, o.proxies)
        && Objects.equals(apiResources, o.apiResources)
        && Objects.equals(scopes, o.scopes)
        && Objects.equals(attributes(), o.attributes())
        && Objects.equals(quota, o.quota)
        && Objects.equals(operationGroup, o.operationGroup)
        && Objects.equals(quotaCounterScope, o.quotaCounterScope)
        && Objects.equals(createdAt, o.createdAt)
        && Objects.equals(lastModifiedAt, o.lastModifiedAt)
        && Objects.equals(unknownFields(), o.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        displayName,
        description,
        approvalType,
        environments,
        proxies,
        apiResources,
        scopes,
        attributes(),
        quota,
        operationGroup,
        quotaCounterScope,
        createdAt,
        lastModifiedAt,
        unknownFields());
  }

  @Override
  public String toString() {
    return "ApiProduct{"
        + "name="
        + name
        + ", "
        + "displayName="
        + displayName
        + ", "
        + "description="
        + description
        + ", "
        + "approvalType="
        + approvalType
        + ", "
        + "environments="
        + environments
        + ", "
        + "proxies="
        + proxies
        + ", "
        + "apiResources="
        + apiResources
        + ", "
        + "scopes="
        + scopes
        + ", "
        + "attributes="
        + attributes()
        + ", "
        + "quota="
        + quota
        + ", "
        + "operationGroup="
        + operationGroup
        + ", "
        + "quotaCounterScope="
        + quotaCounterScope
        + ", "
        + "createdAt="
        + createdAt
        + ", "
        + "lastModifiedAt="
        + lastModifiedAt
        + ", "
        + "unknownFields="
        + unknownFields()
        + "}";
  }

  /** Builder of {@link ApiProduct}. */
  public static final class Builder extends AttributedResource.Builder<Builder> {

    private @Nullable String name;
    private @Nullable String displayName;
    private @Nullable String description;
    private String approvalType = "auto";
    private final List<String> environments = new ArrayList<>();
    private final List<String> proxies = new ArrayList<>();
    private final List<String> apiResources = new ArrayList<>();
    private final List<String> scopes = new ArrayList<>();
    private @Nullable Quota quota;
    private @Nullable OperationGroup operationGroup;
    private @Nullable String quotaCounterScope;
    private @Nullable Long createdAt;
    private @Nullable Long lastModifiedAt;

    private Builder() {}

    private Builder(ApiProduct v) {
      super(v);
      this.name = v.name;
      this.displayName = v.displayName;
      this.description = v.description;
      this.approvalType = v.approvalType;
      this.environments.addAll(v.environments);
      this.proxies.addAll(v.proxies);
      this.apiResources.addAll(v.apiResources);
      this.scopes.addAll(v.scopes);
      this.quota = v.quota;
      this.operationGroup = v.operationGroup;
      this.quotaCounterScope = v.quotaCounterScope;
      this.createdAt = v.createdAt;
      this.lastModifiedAt = v.lastModifiedAt;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the internal name.
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
     * Sets how keys are approved, {@code auto} or {@code manual} (defaults to {@code auto}).
     *
     * @param approvalType the value
     * @return this builder
     */
    public Builder approvalType(String approvalType) {
      this.approvalType = approvalType;
      return this;
    }

    /**
     * Replaces the environments the product is available in (empty = all).
     *
     * @param environments the new elements
     * @return this builder
     */
    public Builder environments(java.util.Collection<? extends String> environments) {
      Objects.requireNonNull(environments, "environments == null");
      this.environments.clear();
      for (String e : environments) {
        addEnvironment(e);
      }
      return this;
    }

    /**
     * Adds one element to the environments the product is available in (empty = all).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addEnvironment(String element) {
      this.environments.add(Objects.requireNonNull(element, "environments element == null"));
      return this;
    }

    /**
     * Replaces the API proxies the product is bound to (legacy; prefer an operation group).
     *
     * @param proxies the new elements
     * @return this builder
     */
    public Builder proxies(java.util.Collection<? extends String> proxies) {
      Objects.requireNonNull(proxies, "proxies == null");
      this.proxies.clear();
      for (String e : proxies) {
        addProxy(e);
      }
      return this;
    }

    /**
     * Adds one element to the API proxies the product is bound to (legacy; prefer an operation
     * group).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addProxy(String element) {
      this.proxies.add(Objects.requireNonNull(element, "proxies element == null"));
      return this;
    }

    /**
     * Replaces the resource paths (legacy; prefer an operation group).
     *
     * @param apiResources the new elements
     * @return this builder
     */
    public Builder apiResources(java.util.Collection<? extends String> apiResources) {
      Objects.requireNonNull(apiResources, "apiResources == null");
      this.apiResources.clear();
      for (String e : apiResources) {
        addApiResource(e);
      }
      return this;
    }

    /**
     * Adds one element to the resource paths (legacy; prefer an operation group).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addApiResource(String element) {
      this.apiResources.add(Objects.requireNonNull(element, "apiResources element == null"));
      return this;
    }

    /**
     * Replaces the OAuth scopes.
     *
     * @param scopes the new elements
     * @return this builder
     */
    public Builder scopes(java.util.Collection<? extends String> scopes) {
      Objects.requireNonNull(scopes, "scopes == null");
      this.scopes.clear();
      for (String e : scopes) {
        addScope(e);
      }
      return this;
    }

    /**
     * Adds one element to the OAuth scopes.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addScope(String element) {
      this.scopes.add(Objects.requireNonNull(element, "scopes element == null"));
      return this;
    }

    /**
     * Sets the product-level request quota.
     *
     * @param quota the value, or null to unset
     * @return this builder
     */
    public Builder quota(@Nullable Quota quota) {
      this.quota = quota;
      return this;
    }

    /**
     * Sets the operations (proxy, path, methods) with optional per-operation quotas.
     *
     * @param operationGroup the value, or null to unset
     * @return this builder
     */
    public Builder operationGroup(@Nullable OperationGroup operationGroup) {
      this.operationGroup = operationGroup;
      return this;
    }

    /**
     * Sets the quota counter scope, e.g. {@code PROXY}, {@code OPERATION} or {@code PRODUCT}.
     *
     * @param quotaCounterScope the value, or null to unset
     * @return this builder
     */
    public Builder quotaCounterScope(@Nullable String quotaCounterScope) {
      this.quotaCounterScope = quotaCounterScope;
      return this;
    }

    /**
     * Sets the creation time in epoch milliseconds (output only).
     *
     * @param createdAt the value, or null to unset
     * @return this builder
     */
    public Builder createdAt(@Nullable Long createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the last modification time in epoch milliseconds (output only).
     *
     * @param lastModifiedAt the value, or null to unset
     * @return this builder
     */
    public Builder lastModifiedAt(@Nullable Long lastModifiedAt) {
      this.lastModifiedAt = lastModifiedAt;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public ApiProduct build() {
      return new ApiProduct(this);
    }
  }
}
