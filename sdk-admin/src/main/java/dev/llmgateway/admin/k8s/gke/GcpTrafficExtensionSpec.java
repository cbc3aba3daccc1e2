package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code spec} of a {@link GcpTrafficExtension}: the Gateways it attaches to and its extension
 * chains. Built by {@link GcpTrafficExtension.Builder}; immutable.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableGcpTrafficExtensionSpec.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"targetRefs", "extensionChains"})
public abstract class GcpTrafficExtensionSpec {

  GcpTrafficExtensionSpec() {}

  /**
   * Returns the objects (Gateways) the extension attaches to.
   *
   * @return the target references
   */
  public abstract List<ObjectRef> targetRefs();

  /**
   * Returns the extension chains.
   *
   * @return the chains
   */
  public abstract List<ExtensionChain> extensionChains();

  static final class Builder extends ImmutableGcpTrafficExtensionSpec.Builder {}
}
