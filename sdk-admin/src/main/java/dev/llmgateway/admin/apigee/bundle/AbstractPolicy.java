package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * The attributes every policy of this package has: {@code name}, {@code displayName}, {@code
 * continueOnError} and {@code enabled}, rendered as the root element's attributes and its {@code
 * DisplayName} child (and an empty {@code Properties} for the classic policies).
 *
 * <p>Only the policies of this package extend this class; implement {@link Policy} for others.
 */
public abstract class AbstractPolicy implements Policy {

  AbstractPolicy() {}

  /**
   * Returns the policy name.
   *
   * @return the policy name
   */
  @Override
  public abstract String name();

  /**
   * Returns the display name (defaults to the name).
   *
   * @return the display name, or empty when not set
   */
  public abstract Optional<String> displayName();

  /**
   * Returns whether the flow continues when the policy fails (default false).
   *
   * @return whether the flow continues when the policy fails
   */
  @Value.Default
  public boolean continueOnError() {
    return false;
  }

  /**
   * Returns whether the policy runs (default true).
   *
   * @return whether the policy runs
   */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** The root element {@code <element>} with the common attributes, DisplayName and Properties. */
  final Element policyElement(String element) {
    Element root = bareElement(element);
    Xml.child(root, "Properties");
    return root;
  }

  /**
   * The root element with the common attributes and DisplayName but no {@code <Properties/>}: the
   * AI policies' reference examples show none, and the emulator and Apigee need none.
   */
  final Element bareElement(String element) {
    return Xml.policy(element, name(), displayName().orElse(name()), continueOnError(), enabled());
  }

  /** Checks the common attributes; each policy's {@code @Value.Check} calls it first. */
  final void checkName() {
    BundleNames.policy(name());
  }
}
