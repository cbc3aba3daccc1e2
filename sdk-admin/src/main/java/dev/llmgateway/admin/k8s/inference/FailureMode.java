package dev.llmgateway.admin.k8s.inference;

/** What the gateway does when the Endpoint Picker cannot be reached. */
public enum FailureMode {
  /** Route requests anyway, to any pod of the pool. */
  FAIL_OPEN("FailOpen"),
  /** Reject requests (the server default). */
  FAIL_CLOSE("FailClose");

  private final String wireValue;

  FailureMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value as written in the manifest.
   *
   * @return the wire value
   */
  public String wireValue() {
    return wireValue;
  }
}
