package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A SpikeArrest policy.
 *
 * @param common name and flags
 * @param rate the literal rate, or null
 * @param rateRef the variable holding the rate, or null
 * @param identifierRef the variable identifying the caller, or null for one limiter
 * @param messageWeightRef the variable holding the weight of a call, or null for 1
 * @param useEffectiveCount whether the rate is counted per period (true) or smoothed into one call
 *     per {@code period / rate} window (false, the default)
 */
public record SpikeArrestDef(
    PolicyCommon common,
    @Nullable SpikeRate rate,
    @Nullable String rateRef,
    @Nullable String identifierRef,
    @Nullable String messageWeightRef,
    boolean useEffectiveCount)
    implements PolicyDef {

  private static final Set<String> CHILDREN =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "Identifier",
          "MessageWeight",
          "Rate",
          "UseEffectiveCount");

  static SpikeArrestDef read(PolicyCommon common, Element root, Problems p) {
    return read(common, root, p, CHILDREN);
  }

  /** Reads the SpikeArrest elements of a policy that has them (SpikeArrest, PromptTokenLimit). */
  static SpikeArrestDef read(PolicyCommon common, Element root, Problems p, Set<String> children) {
    p.onlyChildren(root, children);
    Element rateElement = SecureXml.child(root, "Rate");
    String text = SecureXml.text(rateElement);
    SpikeRate rate = SpikeRate.parse(text);
    String rateRef = SecureXml.attr(rateElement, "ref");
    if (text != null && rate == null) {
      p.add("Invalid spike arrest rate " + text + " (an integer followed by ps or pm)");
    }
    if (text == null && rateRef == null) {
      p.add("<Rate> is required");
    }
    return new SpikeArrestDef(
        common,
        rate,
        rateRef,
        SecureXml.attr(SecureXml.child(root, "Identifier"), "ref"),
        SecureXml.attr(SecureXml.child(root, "MessageWeight"), "ref"),
        p.bool(SecureXml.childText(root, "UseEffectiveCount"), "UseEffectiveCount", false));
  }
}
