package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A PromptTokenLimit policy: a SpikeArrest whose messages are the tokens of the user's prompt.
 *
 * @param common name and flags
 * @param rate the SpikeArrest elements (Rate, Identifier, UseEffectiveCount)
 * @param promptSource the template reading the prompt (Apigee's default when absent: the Gemini
 *     shape {@code $.contents[-1].parts[-1].text})
 */
public record PromptTokenLimitDef(
    PolicyCommon common, SpikeArrestDef rate, MessageTemplate promptSource) implements PolicyDef {

  /** The default of {@code <UserPromptSource>} shown in Apigee's reference. */
  static final String DEFAULT_PROMPT =
      "{jsonPath('$.contents[-1].parts[-1].text',request.content,true)}";

  private static final Set<String> CHILDREN =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "UserPromptSource",
          "Identifier",
          "Rate",
          "UseEffectiveCount",
          "IgnoreUnresolvedVariables");

  static PromptTokenLimitDef read(PolicyCommon common, Element root, Problems p) {
    SpikeArrestDef rate = SpikeArrestDef.read(common, root, p, CHILDREN);
    MessageTemplate prompt = Templates.child(root, "UserPromptSource", p);
    return new PromptTokenLimitDef(
        common, rate, prompt != null ? prompt : MessageTemplate.of(DEFAULT_PROMPT));
  }

  @Override
  public String notice() {
    return "PromptTokenLimit '"
        + common.name()
        + "' counts prompt tokens with the emulator's tokenizer (runs of letters and digits,"
        + " punctuation), not Apigee's (whose counts the reference says may differ from the"
        + " model's; not o200k_base either)";
  }
}
