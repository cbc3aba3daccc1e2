package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A SanitizeModelResponse policy (Apigee X): sends the model's answer (and the prompt it answers)
 * to Model Armor, which screens it with the filters of a Model Armor template. Attach it to the
 * response flow (for a streamed answer, Google's sample runs it per event in an EventFlow of the
 * target endpoint). Google Cloud needs what {@link SanitizeUserPromptPolicy} needs.
 *
 * <p>Left out: {@code FunctionCallSource} (not in the reference version that could be read).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code
 * templateName}.
 */
@Value.Immutable
@ValueStyle
public abstract class SanitizeModelResponsePolicy extends AbstractPolicy {

  SanitizeModelResponsePolicy() {}

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

  /**
   * Returns whether unresolvable variables in the sources are ignored.
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> ignoreUnresolvedVariables();

  /**
   * Returns the Model Armor template, {@code projects/P/locations/L/templates/ID}.
   *
   * @return the template name
   */
  public abstract String templateName();

  /**
   * Returns the message template that reads the user's prompt; unset, Apigee's default applies.
   *
   * @return the template, or empty when not set
   */
  public abstract Optional<String> userPromptSource();

  /**
   * Returns the message template that reads the model's answer, e.g. {@code
   * {jsonPath('$.choices[0].message.content',response.content,true)}}; unset, Apigee's default (the
   * Gemini shape) applies.
   *
   * @return the template, or empty when not set
   */
  public abstract Optional<String> llmResponseSource();

  @Value.Check
  void check() {
    checkName();
    ModelArmorTemplates.check(templateName(), "templateName");
    userPromptSource().ifPresent(t -> Templates.source(t, "userPromptSource"));
    llmResponseSource().ifPresent(t -> Templates.source(t, "llmResponseSource"));
  }

  @Override
  public String toXml() {
    Element root = bareElement("SanitizeModelResponse");
    ignoreUnresolvedVariables()
        .ifPresent(i -> Xml.child(root, "IgnoreUnresolvedVariables", i.toString()));
    Xml.child(Xml.child(root, "ModelArmor"), "TemplateName", templateName());
    userPromptSource().ifPresent(t -> Xml.child(root, "UserPromptSource", t));
    llmResponseSource().ifPresent(t -> Xml.child(root, "LLMResponseSource", t));
    return Xml.toString(root);
  }

  /** Builder of {@link SanitizeModelResponsePolicy}. */
  public static final class Builder extends ImmutableSanitizeModelResponsePolicy.Builder {
    Builder() {}
  }
}
