package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/** Reads the message-template children of the AI policies, reporting what cannot be evaluated. */
final class Templates {

  private Templates() {}

  /**
   * Reads a child element's text as a template.
   *
   * @return the template, or null when the element is absent or empty
   */
  static @Nullable MessageTemplate child(Element root, String name, Problems p) {
    String text = SecureXml.childText(root, name);
    if (text == null) {
      return null;
    }
    MessageTemplate t = MessageTemplate.of(text);
    if (t.problem() != null) {
      p.add("<" + name + ">: " + t.problem());
    }
    return t;
  }
}
