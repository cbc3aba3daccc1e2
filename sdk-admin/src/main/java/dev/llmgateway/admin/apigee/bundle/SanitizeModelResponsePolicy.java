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
 * target endpoint). Google Cloud needs what {@link ModelArmorPolicy} lists.
 *
 * <p>Left out: {@code FunctionCallSource} (not in the reference version that could be read).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}, {@code
 * templateName}.
 */
@Value.Immutable
@ValueStyle
public abstract class SanitizeModelResponsePolicy extends ModelArmorPolicy {

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
   * Returns the message template that reads the model's answer, e.g. {@code
   * {jsonPath('$.choices[0].message.content',response.content,true)}}; unset, Apigee's default (the
   * Gemini shape) applies.
   *
   * @return the template, or empty when not set
   */
  public abstract Optional<String> llmResponseSource();

  @Value.Check
  void check() {
    checkModelArmor();
    llmResponseSource().ifPresent(t -> Templates.source(t, "llmResponseSource"));
  }

  @Override
  public String toXml() {
    Element root = modelArmorElement("SanitizeModelResponse");
    llmResponseSource().ifPresent(t -> Xml.child(root, "LLMResponseSource", t));
    return Xml.toString(root);
  }

  /** Builder of {@link SanitizeModelResponsePolicy}. */
  public static final class Builder extends ImmutableSanitizeModelResponsePolicy.Builder {
    Builder() {}
  }
}
