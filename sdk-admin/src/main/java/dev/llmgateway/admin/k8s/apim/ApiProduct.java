package dev.llmgateway.admin.k8s.apim;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An {@code APIProduct} ({@code apim.googleapis.com/v1}): an Apigee API product enforced by one or
 * more ApigeeBackendServices.
 *
 * <pre>{@code
 * ApiProduct product = ApiProduct.builder()
 *     .name("api-inf-gw-product")
 *     .approvalType("auto")
 *     .description("Inference Gateway API Product")
 *     .displayName("api-inf-gw-product")
 *     .addEnforcementRef("apigee-llm-inf-gw", "ira-online-gpu")
 *     .putAttribute("access", "private")
 *     .build();
 * }</pre>
 *
 * <p>This is the Kubernetes custom resource the Apigee Operator reconciles into an Apigee API
 * product; it is applied with {@link dev.llmgateway.admin.k8s.KubernetesApplier}. The product as
 * the Apigee management API stores it (read it with {@code ApigeeClient.apiProducts()}, or create
 * it there directly in setups without the operator) is the different type {@link
 * dev.llmgateway.admin.apigee.model.ApiProduct}.
 *
 * <p>A mutable Fabric8 JavaBean; the public constructor exists for deserialization.
 */
@Group(ApigeeBackendService.GROUP)
@Version("v1")
@Kind("APIProduct")
@Plural("apiproducts")
public final class ApiProduct extends CustomResource<ApiProductSpec, ResourceStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  private static final Set<String> APPROVAL_TYPES = Set.of("auto", "manual");
  private static final Set<String> ENFORCERS =
      Set.of("ApigeeBackendService", "APIMExtensionPolicy");

  /** Creates an empty product; used by deserialization. Prefer {@link #builder()}. */
  public ApiProduct() {}

  /**
   * Returns a builder. Required: {@code name} and at least one enforcement reference.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this product.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().metadataFrom(getMetadata());
    ApiProductSpec spec = getSpec();
    if (spec != null) {
      b.spec.from(spec);
      spec.attributes().forEach(a -> b.attributes.put(a.name(), a.value()));
    }
    return b;
  }

  /** Builds a validated {@link ApiProduct}; unset fields are not sent. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private final ApiProductSpec.Builder spec = new ApiProductSpec.Builder();
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the key approval type, {@code auto} or {@code manual}.
     *
     * @param approvalType the approval type, or null
     * @return this builder
     */
    public Builder approvalType(@Nullable String approvalType) {
      spec.approvalType(approvalType);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      spec.description(description);
      return this;
    }

    /**
     * Sets the display name.
     *
     * @param displayName the display name, or null
     * @return this builder
     */
    public Builder displayName(@Nullable String displayName) {
      spec.displayName(displayName);
      return this;
    }

    /**
     * Adds an ApigeeBackendService that enforces the product.
     *
     * @param backendServiceName the ApigeeBackendService name
     * @param namespace its namespace
     * @return this builder
     */
    public Builder addEnforcementRef(String backendServiceName, String namespace) {
      return addEnforcementRef(
          ObjectRef.of(
              ApigeeBackendService.GROUP, "ApigeeBackendService", backendServiceName, namespace));
    }

    /**
     * Adds an enforcement reference.
     *
     * @param ref the reference (kind ApigeeBackendService or APIMExtensionPolicy)
     * @return this builder
     */
    public Builder addEnforcementRef(ObjectRef ref) {
      spec.addEnforcementRef(ref);
      return this;
    }

    /**
     * Adds a custom attribute.
     *
     * @param name the attribute name
     * @param value the attribute value
     * @return this builder
     */
    public Builder putAttribute(String name, String value) {
      attributes.put(name, value);
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
     * Builds the product.
     *
     * @return the product
     * @throws IllegalArgumentException when a field is invalid, naming the field
     */
    public ApiProduct build() {
      ApiProduct product = new ApiProduct();
      product.setMetadata(metadata());
      ApiProductSpec s = spec.build();
      if (s.approvalType() != null && !APPROVAL_TYPES.contains(s.approvalType())) {
        throw new IllegalArgumentException(
            "spec.approvalType must be auto or manual but was '" + s.approvalType() + "'");
      }
      if (s.enforcementRefs().isEmpty()) {
        throw new IllegalArgumentException("spec.enforcementRefs must have at least 1 item");
      }
      for (int i = 0; i < s.enforcementRefs().size(); i++) {
        ObjectRef ref = s.enforcementRefs().get(i);
        String path = "spec.enforcementRefs[" + i + "]";
        if (!ApigeeBackendService.GROUP.equals(ref.group())) {
          throw new IllegalArgumentException(path + ".group must be apim.googleapis.com");
        }
        if (!ENFORCERS.contains(ref.kind())) {
          throw new IllegalArgumentException(
              path + ".kind must be ApigeeBackendService or APIMExtensionPolicy");
        }
      }
      for (Map.Entry<String, String> a : attributes.entrySet()) {
        Checks.notBlank(a.getKey(), "spec.attributes.name");
        Checks.notNullArgument(a.getValue(), "spec.attributes." + a.getKey());
      }
      spec.attributes(
          attributes.entrySet().stream()
              .map(a -> ApiProductSpec.Attribute.of(a.getKey(), a.getValue()))
              .toList());
      product.setSpec(spec.build());
      return product;
    }
  }
}
