package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * What the two Model Armor policies share ({@link SanitizeUserPromptPolicy}, {@link
 * SanitizeModelResponsePolicy}): the template that screens the text and where the user's prompt is
 * read. Each field is declared here once; only those two classes extend this one.
 *
 * <p>Google Cloud needs: the Model Armor API enabled and a Model Armor template created first (in
 * the region of the regional endpoint {@code modelarmor.LOCATION.rep.googleapis.com}); the proxy
 * deployed with a service account that has Model Armor User ({@code roles/modelarmor.user}) and
 * Model Armor Viewer ({@code roles/modelarmor.viewer}); a Comprehensive environment.
 */
public abstract class ModelArmorPolicy extends AbstractPolicy {

  ModelArmorPolicy() {}

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

  /** Checks the name, the template name and the prompt source. */
  void checkModelArmor() {
    checkName();
    ModelArmorTemplates.check(templateName(), "templateName");
    userPromptSource().ifPresent(t -> Templates.source(t, "userPromptSource"));
  }

  /**
   * Returns the policy's root element with the shared children, in the reference's order.
   *
   * @param tag the policy's element name
   * @return the root, for the subclass's own children
   */
  Element modelArmorElement(String tag) {
    Element root = bareElement(tag);
    ignoreUnresolvedVariables()
        .ifPresent(i -> Xml.child(root, "IgnoreUnresolvedVariables", i.toString()));
    Xml.child(Xml.child(root, "ModelArmor"), "TemplateName", templateName());
    userPromptSource().ifPresent(t -> Xml.child(root, "UserPromptSource", t));
    return root;
  }
}
