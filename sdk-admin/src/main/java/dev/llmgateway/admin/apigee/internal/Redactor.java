package dev.llmgateway.admin.apigee.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Replaces known secrets in text with {@code ****}. */
final class Redactor {

  private final List<String> secrets = new ArrayList<>();

  Redactor(Collection<String> secrets) {
    for (String s : secrets) {
      if (s != null && s.length() >= 4) {
        this.secrets.add(s);
      }
    }
  }

  String redact(String text) {
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, "****");
    }
    return out;
  }
}
