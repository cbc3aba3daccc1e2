package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.client.internal.check.Checks;

/** The Vertex AI endpoints the semantic cache policies call: https URLs without whitespace. */
final class VertexUrls {

  private VertexUrls() {}

  static String check(String url, String field) {
    Checks.notBlank(url, field);
    if (!url.startsWith("https://") || url.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          field + " must be an https URL without whitespace but was '" + url + "'");
    }
    return url;
  }
}
