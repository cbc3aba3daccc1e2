package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Checks;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A VerifyAPIKey policy: rejects requests whose API key (read from {@link #apiKeyRef()}) is
 * unknown, revoked or not approved for a product covering the request.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
public final class VerifyApiKeyPolicy extends AbstractPolicy {

  private final String apiKeyRef;

  private VerifyApiKeyPolicy(Builder b) {
    super(b);
    this.apiKeyRef = Checks.notBlank("apiKeyRef", b.apiKeyRef);
  }

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
    return new Builder(this);
  }

  /**
   * Returns the flow variable holding the key (default {@code request.header.x-api-key}).
   *
   * @return the flow variable holding the key (default {@code request.header.x-api-key})
   */
  public String apiKeyRef() {
    return apiKeyRef;
  }

  @Override
  public String toXml() {
    Element root = policyElement("VerifyAPIKey");
    Xml.child(root, "APIKey").setAttribute("ref", apiKeyRef);
    return Xml.toString(root);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VerifyApiKeyPolicy)) {
      return false;
    }
    VerifyApiKeyPolicy o = (VerifyApiKeyPolicy) other;
    return commonEquals(o) && Objects.equals(apiKeyRef, o.apiKeyRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(commonHashCode(), apiKeyRef);
  }

  @Override
  public String toString() {
    return "VerifyApiKeyPolicy{" + commonToString() + ", " + "apiKeyRef=" + apiKeyRef + "}";
  }

  /** Builder of {@link VerifyApiKeyPolicy}. */
  public static final class Builder extends AbstractPolicy.Builder<Builder> {

    private String apiKeyRef = "request.header.x-api-key";

    private Builder() {}

    private Builder(VerifyApiKeyPolicy v) {
      super(v);
      this.apiKeyRef = v.apiKeyRef;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the flow variable holding the key (default {@code request.header.x-api-key}).
     *
     * @param apiKeyRef the value
     * @return this builder
     */
    public Builder apiKeyRef(String apiKeyRef) {
      this.apiKeyRef = apiKeyRef;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public VerifyApiKeyPolicy build() {
      return new VerifyApiKeyPolicy(this);
    }
  }
}
