package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.model.Attribute;
import dev.llmgateway.client.internal.log.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consumer key of an app, with its API products and their status; mutated only under its
 * organization's lock. {@link #toString()} never shows the key or the secret.
 */
final class KeyEntity {
  final String consumerKey;
  final String consumerSecret;
  final long issuedAt;
  final long expiresAt;
  String status = "approved";
  final Map<String, String> products = new LinkedHashMap<>();
  List<Attribute> attributes = new ArrayList<>();
  List<String> scopes = new ArrayList<>();

  KeyEntity(String consumerKey, String consumerSecret, long issuedAt, long expiresAt) {
    this.consumerKey = consumerKey;
    this.consumerSecret = consumerSecret;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  @Override
  public String toString() {
    return "KeyEntity{" + Redactor.MARKER + ", status=" + status + ", products=" + products + "}";
  }
}
