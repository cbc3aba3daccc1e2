package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.client.internal.check.Checks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Model Armor template a Sanitize policy names: {@code
 * projects/{project}/locations/{location}/templates/{id}}, where a part may be a flow-variable
 * reference such as {@code {system.region.name}}; a literal template ID has letters, digits and
 * hyphens, does not start with a hyphen and has at most 63 characters (Model Armor's rule).
 */
final class ModelArmorTemplates {

  private static final Pattern NAME =
      Pattern.compile("projects/([^/\\s]+)/locations/([^/\\s]+)/templates/([^/\\s]+)");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,62}");

  private ModelArmorTemplates() {}

  static String check(String templateName, String field) {
    Checks.notBlank(templateName, field);
    Matcher m = NAME.matcher(templateName);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          field
              + " must be projects/{project}/locations/{location}/templates/{id} but was '"
              + templateName
              + "'");
    }
    String id = m.group(3);
    if (!id.contains("{") && !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          field
              + " template ID must be 1-63 letters, digits or hyphens, not starting with a hyphen,"
              + " but was '"
              + id
              + "'");
    }
    return templateName;
  }
}
