package dev.llmgateway.admin.k8s.gke;

/** How a traffic extension receives request or response bodies. */
public enum BodySendMode {
  /** Body chunks are streamed to the extension. */
  STREAMED("Streamed"),
  /**
   * Body and trailers are streamed both ways; requires the body and trailer events (Apigee uses
   * this mode).
   */
  FULL_DUPLEX_STREAMED("FullDuplexStreamed");

  private final String wireValue;

  BodySendMode(String wireValue) {
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
