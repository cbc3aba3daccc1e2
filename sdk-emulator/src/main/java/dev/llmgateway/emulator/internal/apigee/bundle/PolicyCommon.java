package dev.llmgateway.emulator.internal.apigee.bundle;

import org.w3c.dom.Element;

/**
 * What every policy has: its name and the {@code enabled} and {@code continueOnError} attributes.
 *
 * @param name the policy name
 * @param type the policy type (the root element), e.g. {@code Quota}
 * @param enabled whether steps run it (default true)
 * @param continueOnError whether the flow goes on after it fails (default false)
 */
public record PolicyCommon(String name, String type, boolean enabled, boolean continueOnError) {

  /**
   * Reads the attributes of a policy's root element.
   *
   * @param root the root element
   * @param name the policy name
   * @param p where problems go
   * @return the common part
   */
  static PolicyCommon read(Element root, String name, Problems p) {
    return new PolicyCommon(
        name,
        root.getTagName(),
        p.bool(SecureXml.attr(root, "enabled"), "attribute enabled", true),
        p.bool(SecureXml.attr(root, "continueOnError"), "attribute continueOnError", false));
  }
}
