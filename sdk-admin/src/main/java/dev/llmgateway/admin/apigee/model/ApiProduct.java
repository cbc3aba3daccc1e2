package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonProperty.Access;
import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

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
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = ApiProduct.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class ApiProduct extends AttributedResource {

  ApiProduct() {}

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
   * Returns the internal name.
   *
   * @return the internal name
   */
  public abstract String name();

  /**
   * Returns the display name (sent as the name when not set).
   *
   * @return the display name, or empty when not set
   */
  @JsonIgnore
  public abstract Optional<String> displayName();

  /**
   * Returns the description.
   *
   * @return the description, or empty when not set
   */
  public abstract Optional<String> description();

  /**
   * Returns how keys are approved, {@code auto} or {@code manual} (defaults to {@code auto}).
   *
   * @return the approval type
   */
  @Value.Default
  public String approvalType() {
    return "auto";
  }

  /**
   * Returns the environments the product is available in (empty = all).
   *
   * @return the environments
   */
  public abstract List<String> environments();

  /**
   * Returns the API proxies the product is bound to (legacy; prefer an operation group).
   *
   * @return the API proxies
   */
  public abstract List<String> proxies();

  /**
   * Returns the resource paths (legacy; prefer an operation group).
   *
   * @return the resource paths
   */
  public abstract List<String> apiResources();

  /**
   * Returns the OAuth scopes.
   *
   * @return the OAuth scopes
   */
  public abstract List<String> scopes();

  /**
   * Returns the product-level request quota, sent as the strings {@code quota}, {@code
   * quotaInterval} and {@code quotaTimeUnit}.
   *
   * @return the quota, or empty when not set
   */
  @JsonIgnore
  public abstract Optional<Quota> quota();

  /**
   * Returns the operations (proxy, path, methods) with optional per-operation quotas.
   *
   * @return the operation group, or empty when not set
   */
  public abstract Optional<OperationGroup> operationGroup();

  /**
   * Returns the product-level LLM token quota per app, sent as the strings {@code llmQuota}, {@code
   * llmQuotaInterval} and {@code llmQuotaTimeUnit}; an {@link #llmOperationGroup()} entry for the
   * model takes precedence.
   *
   * @return the LLM token quota, or empty when not set
   */
  @JsonIgnore
  public abstract Optional<Quota> llmQuota();

  /**
   * Returns the LLM token quotas per API source and model, which LLMTokenQuota policies enforce.
   *
   * @return the LLM operation group, or empty when not set
   */
  public abstract Optional<LlmOperationGroup> llmOperationGroup();

  /**
   * Returns the quota counter scope, e.g. {@code PROXY}, {@code OPERATION} or {@code PRODUCT}.
   *
   * @return the quota counter scope, or empty when not set
   */
  public abstract Optional<String> quotaCounterScope();

  /**
   * Returns the creation time in epoch milliseconds (output only).
   *
   * @return the creation time, or empty when not set
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract Optional<Long> createdAt();

  /**
   * Returns the last modification time in epoch milliseconds (output only).
   *
   * @return the last modification time, or empty when not set
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract Optional<Long> lastModifiedAt();

  @JsonProperty("displayName")
  String displayNameJson() {
    return displayName().orElse(name());
  }

  @JsonProperty("quota")
  @Nullable String quotaJson() {
    return quota().map(q -> Long.toString(q.limit())).orElse(null);
  }

  @JsonProperty("quotaInterval")
  @Nullable String quotaIntervalJson() {
    return quota().map(q -> Long.toString(q.interval())).orElse(null);
  }

  @JsonProperty("quotaTimeUnit")
  @Nullable String quotaTimeUnitJson() {
    return quota().map(q -> q.timeUnit().value()).orElse(null);
  }

  @JsonProperty("llmQuota")
  @Nullable String llmQuotaJson() {
    return llmQuota().map(q -> Long.toString(q.limit())).orElse(null);
  }

  @JsonProperty("llmQuotaInterval")
  @Nullable String llmQuotaIntervalJson() {
    return llmQuota().map(q -> Long.toString(q.interval())).orElse(null);
  }

  @JsonProperty("llmQuotaTimeUnit")
  @Nullable String llmQuotaTimeUnitJson() {
    return llmQuota().map(q -> q.timeUnit().value()).orElse(null);
  }

  @Value.Check
  void check() {
    NameRules.apiProduct(name(), "name");
    if (!"auto".equals(approvalType()) && !"manual".equals(approvalType())) {
      throw new IllegalArgumentException(
          "approvalType must be 'auto' or 'manual' but was '" + approvalType() + "'");
    }
  }

  /** Builder of {@link ApiProduct}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableApiProduct.Builder {
    private @Nullable String quotaLimit;
    private String quotaInterval = "1";
    private String quotaTimeUnit = "hour";
    private @Nullable String llmQuotaLimit;
    private String llmQuotaInterval = "1";
    private String llmQuotaTimeUnit = "hour";

    Builder() {}

    /** Reads an absent name as blank, so that the server's answer fails naming the field. */
    @JsonCreator
    static Builder fromJson() {
      return new Builder().name("");
    }

    @JsonProperty("displayName")
    Builder displayNameJson(@Nullable String displayName) {
      return displayName(displayName);
    }

    @JsonProperty("quota")
    Builder quotaJson(@Nullable String limit) {
      this.quotaLimit = limit;
      return this;
    }

    @JsonProperty("quotaInterval")
    Builder quotaIntervalJson(String interval) {
      this.quotaInterval = interval;
      return this;
    }

    @JsonProperty("quotaTimeUnit")
    Builder quotaTimeUnitJson(String timeUnit) {
      this.quotaTimeUnit = timeUnit;
      return this;
    }

    @JsonProperty("llmQuota")
    Builder llmQuotaJson(@Nullable String limit) {
      this.llmQuotaLimit = limit;
      return this;
    }

    @JsonProperty("llmQuotaInterval")
    Builder llmQuotaIntervalJson(String interval) {
      this.llmQuotaInterval = interval;
      return this;
    }

    @JsonProperty("llmQuotaTimeUnit")
    Builder llmQuotaTimeUnitJson(String timeUnit) {
      this.llmQuotaTimeUnit = timeUnit;
      return this;
    }

    /**
     * Builds the product.
     *
     * @return the product
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    @Override
    public ApiProduct build() {
      if (quotaLimit != null) {
        quota(Quota.parse(quotaLimit, quotaInterval, quotaTimeUnit));
        quotaLimit = null;
      }
      if (llmQuotaLimit != null) {
        llmQuota(Quota.parse(llmQuotaLimit, llmQuotaInterval, llmQuotaTimeUnit));
        llmQuotaLimit = null;
      }
      return super.build();
    }
  }
}
