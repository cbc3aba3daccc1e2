package dev.llmgateway.admin.k8s.gke;

import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.admin.k8s.common.ResourceBuilder;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.admin.k8s.internal.TrafficExtensionRules;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A {@code GCPTrafficExtension} ({@code networking.gke.io/v1}): calls out to extensions such as
 * Apigee for the traffic of a Gateway. The builder enforces the CRD's schema and CEL rules, for
 * example that {@code FullDuplexStreamed} needs the body and trailer events and that an {@code
 * ApigeeBackendService} backend has group {@code apim.googleapis.com} and no authority.
 *
 * <pre>{@code
 * GcpTrafficExtension ext = GcpTrafficExtension.builder()
 *     .name("demo-apigee-extension")
 *     .targetGateway("inference-gateway")
 *     .addExtensionChain(ExtensionChain.builder()
 *         .name("my-chain1")
 *         .addCelMatcher("request.path.startsWith(\"/\")")
 *         .addExtension(apigeeExtension)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>A mutable Fabric8 JavaBean; the public constructor exists for deserialization.
 */
@Group(GcpTrafficExtension.GROUP)
@Version("v1")
@Kind("GCPTrafficExtension")
@Plural("gcptrafficextensions")
public final class GcpTrafficExtension
    extends CustomResource<GcpTrafficExtensionSpec, ResourceStatus> implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group, {@value}. */
  public static final String GROUP = "networking.gke.io";

  /** Creates an empty extension; used by deserialization. Prefer {@link #builder()}. */
  public GcpTrafficExtension() {}

  /**
   * Returns a builder. Required: {@code name}, 1 to 10 target refs and 1 to 5 extension chains.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this extension.
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

  /** Builds a validated {@link GcpTrafficExtension}. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private final GcpTrafficExtensionSpec.Builder spec = new GcpTrafficExtensionSpec.Builder();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Adds a target (without namespace: targets live in the extension's namespace).
     *
     * @param targetRef the target
     * @return this builder
     */
    public Builder addTargetRef(ObjectRef targetRef) {
      spec.addTargetRef(targetRef);
      return this;
    }

    /**
     * Adds a Gateway of the same namespace as target.
     *
     * @param gatewayName the Gateway's name
     * @return this builder
     */
    public Builder targetGateway(String gatewayName) {
      return addTargetRef(ObjectRef.of("gateway.networking.k8s.io", "Gateway", gatewayName));
    }

    /**
     * Adds an extension chain.
     *
     * @param chain the chain
     * @return this builder
     */
    public Builder addExtensionChain(ExtensionChain chain) {
      spec.addExtensionChain(chain);
      return this;
    }

    /**
     * Builds the traffic extension.
     *
     * @return the traffic extension
     * @throws IllegalArgumentException when a field breaks a rule of the CRD, naming the field
     */
    public GcpTrafficExtension build() {
      GcpTrafficExtension ext = new GcpTrafficExtension();
      ext.setMetadata(metadata());
      GcpTrafficExtensionSpec s = spec.build();
      TrafficExtensionRules.check(s.targetRefs(), s.extensionChains());
      ext.setSpec(s);
      return ext;
    }
  }
}
