package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.Set;
import org.w3c.dom.Element;

/**
 * A VerifyAPIKey policy: where the key is read from.
 *
 * @param common name and flags
 * @param apiKeyRef the flow variable holding the key, e.g. {@code request.header.x-api-key}
 */
public record VerifyApiKeyDef(PolicyCommon common, String apiKeyRef) implements PolicyDef {

  private static final Set<String> CHILDREN =
      Set.of("DisplayName", "Description", "Properties", "APIKey");

  static VerifyApiKeyDef read(PolicyCommon common, Element root, Problems p) {
    p.onlyChildren(root, CHILDREN);
    String ref = SecureXml.attr(SecureXml.child(root, "APIKey"), "ref");
    if (ref == null) {
      p.add("<APIKey ref=\"...\"/> is required (the emulator reads the key from a variable)");
      ref = "request.header.x-api-key";
    }
    return new VerifyApiKeyDef(common, ref);
  }
}
