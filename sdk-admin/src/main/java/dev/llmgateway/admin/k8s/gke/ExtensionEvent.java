package dev.llmgateway.admin.k8s.gke;

/** An HTTP processing event a traffic extension subscribes to. */
public enum ExtensionEvent {
  /** Request headers. */
  REQUEST_HEADERS("RequestHeaders"),
  /** Request body. */
  REQUEST_BODY("RequestBody"),
  /** Request trailers. */
  REQUEST_TRAILERS("RequestTrailers"),
  /** Response headers. */
  RESPONSE_HEADERS("ResponseHeaders"),
  /** Response body. */
  RESPONSE_BODY("ResponseBody"),
  /** Response trailers. */
  RESPONSE_TRAILERS("ResponseTrailers");

  private final String wireValue;

  ExtensionEvent(String wireValue) {
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
