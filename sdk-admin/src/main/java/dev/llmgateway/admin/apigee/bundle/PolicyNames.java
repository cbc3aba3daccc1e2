package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.client.internal.check.Checks;
import java.util.regex.Pattern;

/** The characters policy names may use (they become file names in the bundle). */
final class PolicyNames {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

  private PolicyNames() {}

  static String check(String name) {
    return Checks.matches(
        Checks.notNullArgument(name, "policy name"), NAME, "A-Za-z0-9._-", "policy name");
  }
}
