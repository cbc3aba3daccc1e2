package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import org.immutables.value.Value;

/**
 * A SanitizeUserPrompt policy (Apigee X): sends the user's prompt to Model Armor, which screens it
 * with the filters of a Model Armor template (responsible AI, sensitive data, prompt injection and
 * jailbreak, malicious URLs, CSAM). Attach it to the request flow; pair it with a {@link
 * SanitizeModelResponsePolicy}.
 *
 * <p>Google Cloud needs what {@link ModelArmorPolicy} lists.
 *
 * <p>Left out: {@code FunctionResponseSource} (its meaning could not be read in the reference).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code
 * templateName}.
 */
@Value.Immutable
@ValueStyle
public abstract class SanitizeUserPromptPolicy extends ModelArmorPolicy {

  SanitizeUserPromptPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value's fields.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  @Value.Check
  void check() {
    checkModelArmor();
  }

  @Override
  public String toXml() {
    return Xml.toString(modelArmorElement("SanitizeUserPrompt"));
  }

  /** Builder of {@link SanitizeUserPromptPolicy}. */
  public static final class Builder extends ImmutableSanitizeUserPromptPolicy.Builder {
    Builder() {}
  }
}
