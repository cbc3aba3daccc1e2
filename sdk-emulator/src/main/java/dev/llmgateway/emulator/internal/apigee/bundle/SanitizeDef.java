package dev.llmgateway.emulator.internal.apigee.bundle;

import java.util.Set;
import org.w3c.dom.Element;

/**
 * A SanitizeUserPrompt or SanitizeModelResponse policy. The emulator has no Model Armor: prompts
 * and answers pass unscreened, and each call logs that it did.
 *
 * @param common name and flags
 * @param response whether it screens the model's answer (else the user's prompt)
 * @param templateName the Model Armor template it names
 */
public record SanitizeDef(PolicyCommon common, boolean response, String templateName)
    implements PolicyDef {

  private static final Set<String> CHILDREN =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "IgnoreUnresolvedVariables",
          "ModelArmor",
          "TemplateName",
          "UserPromptSource",
          "LLMResponseSource",
          "FunctionResponseSource",
          "FunctionCallSource");

  static SanitizeDef read(PolicyCommon common, Element root, Problems p) {
    p.onlyChildren(root, CHILDREN);
    Element armor = SecureXml.child(root, "ModelArmor");
    String template =
        armor != null
            ? SecureXml.childText(armor, "TemplateName")
            : SecureXml.childText(root, "TemplateName");
    if (template == null) {
      p.add("<ModelArmor><TemplateName> is required");
      template = "";
    }
    return new SanitizeDef(
        common, root.getTagName().equals("SanitizeModelResponse"), template.strip());
  }

  @Override
  public String notice() {
    return common.type()
        + " '"
        + common.name()
        + "' passes every "
        + (response ? "answer" : "prompt")
        + " unscreened: the emulator has no Model Armor (template "
        + templateName
        + "); each call logs a notice";
  }
}
