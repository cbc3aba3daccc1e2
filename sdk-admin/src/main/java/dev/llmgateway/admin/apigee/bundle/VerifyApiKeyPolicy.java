package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Checks;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A VerifyAPIKey policy: rejects requests whose API key (read from {@link #apiKeyRef()}) is
 * unknown, revoked or not approved for a product covering the request.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
public final class VerifyApiKeyPolicy implements Policy {

  private final String name;
  private final @Nullable String displayName;
  private final boolean continueOnError;
  private final boolean enabled;
  private final String apiKeyRef;

  private VerifyApiKeyPolicy(Builder b) {
    if (b.name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    this.name = PolicyNames.check(b.name);
    this.displayName = b.displayName;
    this.continueOnError = b.continueOnError;
    this.enabled = b.enabled;
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
   * Returns the policy name.
   *
   * @return the policy name
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the display name (defaults to the name).
   *
   * @return the display name (defaults to the name), or empty when not set
   */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /**
   * Returns whether the flow continues when the policy fails (default false).
   *
   * @return whether the flow continues when the policy fails (default false)
   */
  public boolean continueOnError() {
    return continueOnError;
  }

  /**
   * Returns whether the policy runs (default true).
   *
   * @return whether the policy runs (default true)
   */
  public boolean enabled() {
    return enabled;
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
    Element root =
        Xml.policy(
            "VerifyAPIKey",
            name,
            displayName == null ? name : displayName,
            continueOnError,
            enabled);
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
    return Objects.equals(name, o.name)
        && Objects.equals(displayName, o.displayName)
        && continueOnError == o.continueOnError
        && enabled == o.enabled
        && Objects.equals(apiKeyRef, o.apiKeyRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, displayName, continueOnError, enabled, apiKeyRef);
  }

  @Override
  public String toString() {
    return "VerifyApiKeyPolicy{"
        + "name="
        + name
        + ", "
        + "displayName="
        + displayName
        + ", "
        + "continueOnError="
        + continueOnError
        + ", "
        + "enabled="
        + enabled
        + ", "
        + "apiKeyRef="
        + apiKeyRef
        + "}";
  }

  /** Builder of {@link VerifyApiKeyPolicy}. */
  public static final class Builder {

    private @Nullable String name;
    private @Nullable String displayName;
    private boolean continueOnError;
    private boolean enabled = true;
    private String apiKeyRef = "request.header.x-api-key";

    private Builder() {}

    private Builder(VerifyApiKeyPolicy v) {
      this.name = v.name;
      this.displayName = v.displayName;
      this.continueOnError = v.continueOnError;
      this.enabled = v.enabled;
      this.apiKeyRef = v.apiKeyRef;
    }

    /**
     * Sets the policy name.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the display name (defaults to the name).
     *
     * @param displayName the value, or null to unset
     * @return this builder
     */
    public Builder displayName(@Nullable String displayName) {
      this.displayName = displayName;
      return this;
    }

    /**
     * Sets whether the flow continues when the policy fails (default false).
     *
     * @param continueOnError the value
     * @return this builder
     */
    public Builder continueOnError(boolean continueOnError) {
      this.continueOnError = continueOnError;
      return this;
    }

    /**
     * Sets whether the policy runs (default true).
     *
     * @param enabled the value
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
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
