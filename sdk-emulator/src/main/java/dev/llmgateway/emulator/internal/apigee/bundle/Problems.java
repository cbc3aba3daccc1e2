package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Collects why the emulator cannot execute a bundle; each entry becomes one {@code errors[]} entry
 * of a deployment in state ERROR. Entries name the policy or file they concern.
 */
public final class Problems {

  private final List<String> messages;
  private final String context;

  /**
   * Creates an empty collector.
   *
   * @param context what the messages concern, e.g. {@code policy 'Q-Quota'}
   */
  public Problems(String context) {
    this(context, new ArrayList<>());
  }

  private Problems(String context, List<String> shared) {
    this.context = context;
    this.messages = shared;
  }

  /**
   * Returns a collector with another context that adds to the same list.
   *
   * @param newContext the context
   * @return the collector
   */
  public Problems in(String newContext) {
    return new Problems(newContext, messages);
  }

  /**
   * Adds a problem.
   *
   * @param message what cannot be executed
   */
  public void add(String message) {
    messages.add(context + ": " + message);
  }

  /**
   * Adds a problem for every child element whose name is not in {@code allowed}.
   *
   * @param e the element
   * @param allowed the child names the emulator executes
   */
  public void onlyChildren(Element e, Set<String> allowed) {
    for (Element c : SecureXml.children(e)) {
      if (!allowed.contains(c.getTagName())) {
        add(
            "element <"
                + c.getTagName()
                + "> in <"
                + e.getTagName()
                + "> is not supported by the emulator");
      }
    }
  }

  /**
   * Reads a boolean element or attribute value.
   *
   * @param value the text, or null
   * @param name what it is, for the message
   * @param fallback the value when absent
   * @return the value
   */
  public boolean bool(@Nullable String value, String name, boolean fallback) {
    if (value == null) {
      return fallback;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        add(name + " must be true or false but was '" + value + "'");
        return fallback;
    }
  }

  /**
   * Returns the problems.
   *
   * @return the messages
   */
  public List<String> messages() {
    return List.copyOf(messages);
  }
}
