package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A SanitizeUserPrompt policy (Apigee X): sends the user's prompt to Model Armor, which screens it
 * with the filters of a Model Armor template (responsible AI, sensitive data, prompt injection and
 * jailbreak, malicious URLs, CSAM). Attach it to the request flow; pair it with a {@link
 * SanitizeModelResponsePolicy}.
 *
 * <p>Google Cloud needs: the Model Armor API enabled and a Model Armor template created first (in
 * the region of the regional endpoint {@code modelarmor.LOCATION.rep.googleapis.com}); the proxy
 * deployed with a service account that has Model Armor User ({@code roles/modelarmor.user}) and
 * Model Armor Viewer ({@code roles/modelarmor.viewer}); a Comprehensive environment.
 *
 * <p>Left out: {@code FunctionResponseSource} (its meaning could not be read in the reference).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code
 * templateName}.
 */
@Value.Immutable
@ValueStyle
public abstract class SanitizeUserPromptPolicy extends AbstractPolicy {

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

  /**
   * Returns whether unresolvable variables in the sources are ignored.
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> ignoreUnresolvedVariables();

  /**
   * Returns the Model Armor template, {@code projects/P/locations/L/templates/ID}; a part may be a
   * reference such as {@code {system.region.name}}.
   *
   * @return the template name
   */
  public abstract String templateName();

  /**
   * Returns the message template that reads the user's prompt; unset, Apigee's default (the Gemini
   * shape) applies.
   *
   * @return the template, or empty when not set
   */
  public abstract Optional<String> userPromptSource();

  @Value.Check
  void check() {
    checkName();
    ModelArmorTemplates.check(templateName(), "templateName");
    userPromptSource().ifPresent(t -> Templates.source(t, "userPromptSource"));
  }

  @Override
  public String toXml() {
    Element root = bareElement("SanitizeUserPrompt");
    ignoreUnresolvedVariables()
        .ifPresent(i -> Xml.child(root, "IgnoreUnresolvedVariables", i.toString()));
    Xml.child(Xml.child(root, "ModelArmor"), "TemplateName", templateName());
    userPromptSource().ifPresent(t -> Xml.child(root, "UserPromptSource", t));
    return Xml.toString(root);
  }

  /** Builder of {@link SanitizeUserPromptPolicy}. */
  public static final class Builder extends ImmutableSanitizeUserPromptPolicy.Builder {
    Builder() {}
  }
}
