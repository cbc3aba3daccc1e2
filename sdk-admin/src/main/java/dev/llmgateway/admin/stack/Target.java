package dev.llmgateway.admin.stack;

/** Where a part of the stack lives: the Kubernetes cluster or the Apigee organization. */
public enum Target {
  /** An object of the Kubernetes API, including the Apigee operator's resources. */
  CLUSTER,
  /** An entity of the Apigee management API: developer, app, API product, proxy, deployment. */
  APIGEE;

  /**
   * Returns the lower-case name used in tables, {@code cluster} or {@code apigee}.
   *
   * @return the label
   */
  public String label() {
    return this == CLUSTER ? "cluster" : "apigee";
  }
}
