package dev.llmgateway.admin.apigee.names;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Shared parsing helper. */
final class Names {

  private Names() {}

  static Matcher match(String what, Pattern format, @Nullable String name) {
    if (name == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    Matcher m = format.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          what
              + " must have the form "
              + format.pattern().replace("([^/]+)", "{..}")
              + " but was '"
              + name
              + "'");
    }
    return m;
  }
}
