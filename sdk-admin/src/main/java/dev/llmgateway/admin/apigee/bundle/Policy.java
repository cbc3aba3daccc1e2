package dev.llmgateway.admin.apigee.bundle;

/**
 * An Apigee policy, stored as {@code apiproxy/policies/{name}.xml} and attached to flows by {@link
 * Step}s naming it. Implement it for policies this package does not model.
 */
public interface Policy {

  /**
   * Returns the policy name, which steps refer to.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the policy's XML document.
   *
   * @return the XML, with a declaration
   */
  String toXml();
}
