package dev.llmgateway.admin.k8s.gke;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code spec} of a {@link GcpTrafficExtension}: the Gateways it attaches to and its extension
 * chains. Built by {@link GcpTrafficExtension.Builder}; immutable from the outside.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"targetRefs", "extensionChains"})
public final class GcpTrafficExtensionSpec {

  @JsonProperty("targetRefs")
  private List<ObjectRef> targetRefs = new ArrayList<>();

  @JsonProperty("extensionChains")
  private List<ExtensionChain> extensionChains = new ArrayList<>();

  private GcpTrafficExtensionSpec() {}

  static GcpTrafficExtensionSpec of(List<ObjectRef> targetRefs, List<ExtensionChain> chains) {
    GcpTrafficExtensionSpec spec = new GcpTrafficExtensionSpec();
    spec.targetRefs = new ArrayList<>(targetRefs);
    spec.extensionChains = new ArrayList<>(chains);
    return spec;
  }

  /**
   * Returns the objects (Gateways) the extension attaches to.
   *
   * @return the target references
   */
  public List<ObjectRef> targetRefs() {
    return List.copyOf(targetRefs);
  }

  /**
   * Returns the extension chains.
   *
   * @return the chains
   */
  public List<ExtensionChain> extensionChains() {
    return List.copyOf(extensionChains);
  }
}
