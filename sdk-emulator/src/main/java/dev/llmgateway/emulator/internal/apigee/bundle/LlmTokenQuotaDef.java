package dev.llmgateway.emulator.internal.apigee.bundle;

import dev.llmgateway.emulator.internal.apigee.condition.MessageTemplate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * An LLMTokenQuota policy: the Quota elements it shares with Quota (limit, window, EnforceOnly or
 * CountOnly, SharedName, Identifier) and where it reads the tokens used and the model.
 *
 * @param common name and flags
 * @param quota the Quota elements; {@code type} is {@code calendar} or {@code rollingwindow}
 * @param usageSource the template reading the tokens used (CountOnly), or null
 * @param modelSource the template reading the model name
 */
public record LlmTokenQuotaDef(
    PolicyCommon common,
    QuotaDef quota,
    @Nullable MessageTemplate usageSource,
    MessageTemplate modelSource)
    implements PolicyDef {

  private static final Set<String> CHILDREN =
      Set.of(
          "DisplayName",
          "Description",
          "Properties",
          "Identifier",
          "Allow",
          "Interval",
          "TimeUnit",
          "StartTime",
          "Distributed",
          "Synchronous",
          "CountOnly",
          "EnforceOnly",
          "SharedName",
          "LLMTokenUsageSource",
          "LLMModelSource");

  static LlmTokenQuotaDef read(PolicyCommon common, Element root, Problems p) {
    if (SecureXml.attr(root, "type") == null) {
      p.add(
          "an LLMTokenQuota without type: Apigee's default type is not documented; set calendar"
              + " or rollingwindow");
    }
    QuotaDef quota = QuotaDef.read(common, root, p, CHILDREN, List.of("rollingwindow", "calendar"));
    if (!quota.countOnly() && !quota.enforceOnly()) {
      p.add(
          "the emulator executes LLMTokenQuota as Apigee documents it, an EnforceOnly policy on the"
              + " request and a CountOnly one on the response: set one of them");
    }
    MessageTemplate usage = Templates.child(root, "LLMTokenUsageSource", p);
    if (quota.countOnly() && usage == null) {
      p.add("a CountOnly LLMTokenQuota needs <LLMTokenUsageSource>");
    }
    MessageTemplate model = Templates.child(root, "LLMModelSource", p);
    if (model == null) {
      p.add("<LLMModelSource> is required: Apigee fails an LLMTokenQuota without a model name");
      model = MessageTemplate.of("");
    }
    return new LlmTokenQuotaDef(common, quota, usage, model);
  }
}
