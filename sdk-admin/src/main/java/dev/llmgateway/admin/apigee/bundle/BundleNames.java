package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.client.internal.check.Checks;
import java.util.regex.Pattern;

/**
 * The names that become file names in the bundle ({@code apiproxy/policies/{name}.xml}, {@code
 * apiproxy/proxies/{name}.xml}, {@code apiproxy/targets/{name}.xml}): letters, digits, {@code .},
 * {@code _} and {@code -} only, so that no name leaves its folder in the zip (no {@code /} or
 * {@code \}).
 */
final class BundleNames {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

  private BundleNames() {}

  static String policy(String name) {
    return file(name, "policy name");
  }

  static String file(String name, String field) {
    return Checks.matches(Checks.notNullArgument(name, field), NAME, "A-Za-z0-9._-", field);
  }
}
