package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A SemanticCacheLookup or SemanticCachePopulate policy, which the emulator executes as an
 * exact-match cache in memory: a lookup answers a chat request whose prompt equals a cached one
 * exactly; a populate caches the complete answer under the prompt its lookup read. No embeddings,
 * no Vector Search, no threshold.
 *
 * @param common name and flags
 * @param lookup whether this is the lookup (else the populate)
 * @param promptSource the lookup's prompt template (Apigee's default when absent)
 * @param ttlSeconds how long the populate keeps an entry ({@code TTLInSeconds}, else 60)
 */
public record SemanticCacheDef(
    PolicyCommon common, boolean lookup, @Nullable MessageTemplate promptSource, long ttlSeconds)
    implements PolicyDef {

  /** The TTL the emulator uses when a populate sets none (Apigee's default is not documented). */
  static final long DEFAULT_TTL_SECONDS = 60;

  private static final Set<String> LOOKUP =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "IgnoreUnresolvedVariables",
          "UserPromptSource",
          "Embeddings",
          "SimilaritySearch");
  private static final Set<String> POPULATE =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "IgnoreUnresolvedVariables",
          "SimilaritySearch",
          "TTLInSeconds");

  static SemanticCacheDef read(PolicyCommon common, Element root, Problems p) {
    boolean lookup = root.getTagName().equals("SemanticCacheLookup");
    p.onlyChildren(root, lookup ? LOOKUP : POPULATE);
    MessageTemplate prompt = lookup ? Templates.child(root, "UserPromptSource", p) : null;
    if (lookup && prompt == null) {
      prompt = MessageTemplate.of(PromptTokenLimitDef.DEFAULT_PROMPT);
    }
    long ttl = DEFAULT_TTL_SECONDS;
    String ttlText = SecureXml.childText(root, "TTLInSeconds");
    if (ttlText != null) {
      try {
        ttl = Long.parseLong(ttlText.strip());
      } catch (NumberFormatException e) {
        ttl = -1;
      }
      if (ttl <= 0) {
        p.add("TTLInSeconds must be a positive integer but was '" + ttlText + "'");
      }
    }
    return new SemanticCacheDef(common, lookup, prompt, ttl);
  }

  @Override
  public String notice() {
    return common.type()
        + " '"
        + common.name()
        + "' runs as an exact-match cache in the emulator's memory: "
        + (lookup
            ? "a chat request whose prompt equals a cached one exactly is answered from the cache"
                + " (no embeddings, no Vector Search, no threshold; streamed requests skip it)"
            : "complete answers are cached for " + ttlSeconds + " s under the lookup's prompt");
  }
}
