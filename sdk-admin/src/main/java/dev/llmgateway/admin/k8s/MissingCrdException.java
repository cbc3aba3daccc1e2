package dev.llmgateway.admin.k8s;

import java.util.List;

/** Custom resources cannot be applied because their CRDs are not installed in the cluster. */
public final class MissingCrdException extends ClusterOperationException {

  private static final long serialVersionUID = 1L;

  /** The missing CRD names. */
  private final List<String> missingCrds;

  /**
   * Creates an exception.
   *
   * @param missingCrds the missing CRD names, such as {@code gateways.gateway.networking.k8s.io}
   */
  public MissingCrdException(List<String> missingCrds) {
    super(
        "CRD not installed: "
            + String.join(", ", missingCrds)
            + ". Install it first (GKE installs the Gateway API, InferencePool and"
            + " networking.gke.io CRDs when the Gateway API is enabled; the Apigee Operator"
            + " installs apim.googleapis.com; Managed Prometheus installs"
            + " monitoring.googleapis.com; InferenceObjective comes from the"
            + " gateway-api-inference-extension release manifests).",
        null);
    this.missingCrds = List.copyOf(missingCrds);
  }

  /**
   * Returns the names of the missing CRDs.
   *
   * @return the CRD names
   */
  public List<String> missingCrds() {
    return missingCrds;
  }
}
