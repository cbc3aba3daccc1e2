package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.client.internal.check.Checks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parses formatted names against a template such as {@code organizations/{}/apis/{}}. */
final class Names {

  private Names() {}

  /**
   * Returns the parts of {@code name} in the template's {@code {}} places.
   *
   * @throws IllegalArgumentException naming {@code what} if {@code name} has another shape
   */
  static String[] parse(String what, String template, @Nullable String name) {
    Matcher m =
        Pattern.compile(template.replace("{}", "([^/]+)"))
            .matcher(Checks.notNullArgument(name, what));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          what
              + " must have the form "
              + template.replace("{}", "{..}")
              + " but was '"
              + name
              + "'");
    }
    String[] parts = new String[m.groupCount()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = m.group(i + 1);
    }
    return parts;
  }
}
