package dev.llmgateway.admin.apigee.names;

/** An Apigee resource name relative to the API root, e.g. {@code organizations/acme}. */
public interface ResourceName {

  /**
   * Returns the full resource path, e.g. {@code organizations/acme/developers/jane@example.com}.
   *
   * @return the unredacted path, as sent on the wire
   */
  String path();
}
