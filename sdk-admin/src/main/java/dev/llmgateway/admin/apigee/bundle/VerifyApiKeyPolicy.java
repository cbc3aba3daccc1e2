package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.client.internal.check.Checks;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * A VerifyAPIKey policy: rejects requests whose API key (read from {@link #apiKeyRef()}) is
 * unknown, revoked or not approved for a product covering the request.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
@Value.Immutable
@ValueStyle
public abstract class VerifyApiKeyPolicy extends AbstractPolicy {

  VerifyApiKeyPolicy() {}

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
   * Returns the flow variable holding the key (default {@code request.header.x-api-key}).
   *
   * @return the flow variable
   */
  @Value.Default
  public String apiKeyRef() {
    return "request.header.x-api-key";
  }

  @Value.Check
  void check() {
    checkName();
    Checks.notBlank(apiKeyRef(), "apiKeyRef");
  }

  @Override
  public String toXml() {
    Element root = policyElement("VerifyAPIKey");
    Xml.child(root, "APIKey").setAttribute("ref", apiKeyRef());
    return Xml.toString(root);
  }

  /** Builder of {@link VerifyApiKeyPolicy}. */
  public static final class Builder extends ImmutableVerifyApiKeyPolicy.Builder {
    Builder() {}
  }
}
