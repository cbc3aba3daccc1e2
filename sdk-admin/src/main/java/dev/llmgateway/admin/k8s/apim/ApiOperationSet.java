package dev.llmgateway.admin.k8s.apim;

import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.admin.k8s.common.ResourceBuilder;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An {@code APIOperationSet} ({@code apim.googleapis.com/v1}): the operations and request quota of
 * one or more API products.
 *
 * <pre>{@code
 * ApiOperationSet ops = ApiOperationSet.builder()
 *     .name("item-set")
 *     .addApiProductRef("api-inf-gw-product", "ira-online-gpu")
 *     .quota(100, 1, "minute")
 *     .addRestOperation("Completions", "/v1/completions", List.of("POST"))
 *     .addRestOperation("Chat Completions", "/v1/chat/completions", List.of("POST"))
 *     .build();
 * }</pre>
 *
 * <p>A mutable Fabric8 JavaBean; the public constructor exists for deserialization.
 */
@Group(ApigeeBackendService.GROUP)
@Version("v1")
@Kind("APIOperationSet")
@Plural("apioperationsets")
public final class ApiOperationSet extends CustomResource<ApiOperationSetSpec, ResourceStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  private static final List<QuotaTimeUnit> TIME_UNITS =
      List.of(QuotaTimeUnit.MINUTE, QuotaTimeUnit.HOUR, QuotaTimeUnit.DAY, QuotaTimeUnit.MONTH);
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT");

  /** Creates an empty set; used by deserialization. Prefer {@link #builder()}. */
  public ApiOperationSet() {}

  /**
   * Returns a builder. Required: {@code name}, at least one product reference and one operation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this operation set.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().metadataFrom(getMetadata());
    if (getSpec() != null) {
      b.spec.from(getSpec());
    }
    return b;
  }

  /** Builds a validated {@link ApiOperationSet}; unset fields are not sent. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private final ApiOperationSetSpec.Builder spec = new ApiOperationSetSpec.Builder();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Adds the APIProduct this set belongs to.
     *
     * @param productName the APIProduct name
     * @param namespace its namespace
     * @return this builder
     */
    public Builder addApiProductRef(String productName, String namespace) {
      spec.addApiProductRef(
          ObjectRef.of(ApigeeBackendService.GROUP, "APIProduct", productName, namespace));
      return this;
    }

    /**
     * Sets the request quota.
     *
     * @param limit requests per window (at least 1)
     * @param interval time units per window (at least 1)
     * @param timeUnit {@code minute}, {@code hour}, {@code day} or {@code month}
     * @return this builder
     */
    public Builder quota(long limit, long interval, String timeUnit) {
      spec.quota(
          new ApiOperationSetSpec.Quota.Builder()
              .limit(limit)
              .interval(interval)
              .timeUnit(timeUnit)
              .build());
      return this;
    }

    /**
     * Sets the request quota.
     *
     * @param limit requests per window (at least 1)
     * @param interval time units per window (at least 1)
     * @param timeUnit minute, hour, day or month
     * @return this builder
     */
    public Builder quota(long limit, long interval, QuotaTimeUnit timeUnit) {
      return quota(limit, interval, timeUnit.value());
    }

    /**
     * Adds a REST operation.
     *
     * @param name the operation's display name, or null
     * @param path the path pattern, starting with {@code /}
     * @param methods the HTTP methods; empty allows all
     * @return this builder
     */
    public Builder addRestOperation(@Nullable String name, String path, List<String> methods) {
      spec.addRestOperation(
          new ApiOperationSetSpec.RestOperation.Builder()
              .name(name)
              .path(path)
              .methods(methods)
              .build());
      return this;
    }

    /**
     * Sets a spec field this SDK does not model; it is sent as given.
     *
     * @param field the JSON field name
     * @param value the value
     * @return this builder
     */
    public Builder putAdditionalProperty(String field, Object value) {
      spec.putAdditionalProperty(field, value);
      return this;
    }

    /**
     * Builds the operation set.
     *
     * @return the operation set
     * @throws IllegalArgumentException when a field is invalid, naming the field
     */
    public ApiOperationSet build() {
      ApiOperationSet set = new ApiOperationSet();
      set.setMetadata(metadata());
      ApiOperationSetSpec s = spec.build();
      if (s.apiProductRefs().isEmpty()) {
        throw new IllegalArgumentException("spec.apiProductRefs must have at least 1 item");
      }
      ApiOperationSetSpec.Quota quota = s.quota();
      if (quota != null) {
        Checks.range(quota.limit(), 1, Long.MAX_VALUE, "spec.quota.limit");
        Checks.range(quota.interval(), 1, Long.MAX_VALUE, "spec.quota.interval");
        QuotaTimeUnit.check(quota.timeUnit(), "spec.quota.timeUnit", TIME_UNITS);
      }
      if (s.restOperations().isEmpty()) {
        throw new IllegalArgumentException("spec.restOperations must have at least 1 item");
      }
      for (int i = 0; i < s.restOperations().size(); i++) {
        ApiOperationSetSpec.RestOperation op = s.restOperations().get(i);
        String path = "spec.restOperations[" + i + "]";
        if (!Checks.notBlank(op.path(), path + ".path").startsWith("/")) {
          throw new IllegalArgumentException(path + ".path must start with / but was " + op.path());
        }
        for (String m : op.methods()) {
          if (!METHODS.contains(m)) {
            throw new IllegalArgumentException(
                path + ".methods must be upper-case HTTP methods but had '" + m + "'");
          }
        }
      }
      set.setSpec(s);
      return set;
    }
  }
}
