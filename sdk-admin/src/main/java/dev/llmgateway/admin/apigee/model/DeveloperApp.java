package dev.llmgateway.admin.apigee.model;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A developer app: holds the consumer keys (credentials) that call API products.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
public final class DeveloperApp extends AttributedResource {

  private final String name;
  private final List<String> apiProducts;
  private final @Nullable String callbackUrl;
  private final List<String> scopes;
  private final @Nullable Long keyExpiresIn;
  private final @Nullable String status;
  private final @Nullable String appId;
  private final @Nullable String developerId;
  private final List<Credential> credentials;

  private DeveloperApp(Builder b) {
    super(b);
    if (b.name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    this.name = NameRules.app(b.name);
    this.apiProducts = Collections.unmodifiableList(new ArrayList<>(b.apiProducts));
    this.apiProducts.forEach(p -> NameRules.apiProduct("apiProducts", p));
    this.callbackUrl = b.callbackUrl;
    this.scopes = Collections.unmodifiableList(new ArrayList<>(b.scopes));
    this.keyExpiresIn = b.keyExpiresIn;
    this.status = b.status;
    this.appId = b.appId;
    this.developerId = b.developerId;
    this.credentials = Collections.unmodifiableList(new ArrayList<>(b.credentials));
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
   * Returns the app name.
   *
   * @return the app name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the API products to subscribe the app to on creation (input only; the subscriptions of
   * an existing app are in {@link #credentials()}).
   *
   * @return the API products to subscribe the app to on creation (input only; the subscriptions of
   *     an existing app are in {@link #credentials()})
   */
  public List<String> apiProducts() {
    return apiProducts;
  }

  /**
   * Returns the OAuth callback URL.
   *
   * @return the OAuth callback URL, or empty when not set
   */
  public Optional<String> callbackUrl() {
    return Optional.ofNullable(callbackUrl);
  }

  /**
   * Returns the OAuth scopes.
   *
   * @return the OAuth scopes
   */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * Returns the lifetime of the generated key in milliseconds (-1 = never expires).
   *
   * @return the lifetime of the generated key in milliseconds (-1 = never expires), or empty when
   *     not set
   */
  public Optional<Long> keyExpiresIn() {
    return Optional.ofNullable(keyExpiresIn);
  }

  /**
   * Returns the app status, {@code approved} or {@code revoked}.
   *
   * @return the app status, {@code approved} or {@code revoked}, or empty when not set
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the id Apigee assigned (output only).
   *
   * @return the id Apigee assigned (output only), or empty when not set
   */
  public Optional<String> appId() {
    return Optional.ofNullable(appId);
  }

  /**
   * Returns the owning developer's id (output only).
   *
   * @return the owning developer's id (output only), or empty when not set
   */
  public Optional<String> developerId() {
    return Optional.ofNullable(developerId);
  }

  /**
   * Returns the app's credentials (output only).
   *
   * @return the app's credentials (output only)
   */
  public List<Credential> credentials() {
    return credentials;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DeveloperApp)) {
      return false;
    }
    DeveloperApp o = (DeveloperApp) other;
    return Objects.equals(name, o.name)
        && Objects.equals(apiProducts, o.apiProducts)
        && Objects.equals(callbackUrl, o.callbackUrl)
        && Objects.equals(attributes(), o.attributes())
        && Objects.equals(scopes, o.scopes)
        && Objects.equals(keyExpiresIn, o.keyExpiresIn)
        && Objects.equals(status, o.status)
        && Objects.equals(appId, o.appId)
        && Objects.equals(developerId, o.developerId)
        && Objects.equals(credentials, o.credentials)
        && Objects.equals(unknownFields(), o.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        apiProducts,
        callbackUrl,
        attributes(),
        scopes,
        keyExpiresIn,
        status,
        appId,
        developerId,
        credentials,
        unknownFields());
  }

  @Override
  public String toString() {
    return "DeveloperApp{"
        + "name="
        + name
        + ", "
        + "apiProducts="
        + apiProducts
        + ", "
        + "callbackUrl="
        + callbackUrl
        + ", "
        + "attributes="
        + attributes()
        + ", "
        + "scopes="
        + scopes
        + ", "
        + "keyExpiresIn="
        + keyExpiresIn
        + ", "
        + "status="
        + status
        + ", "
        + "appId="
        + appId
        + ", "
        + "developerId="
        + developerId
        + ", "
        + "credentials="
        + credentials
        + ", "
        + "unknownFields="
        + unknownFields()
        + "}";
  }

  /** Builder of {@link DeveloperApp}. */
  public static final class Builder extends AttributedResource.Builder<Builder> {

    private @Nullable String name;
    private final List<String> apiProducts = new ArrayList<>();
    private @Nullable String callbackUrl;
    private final List<String> scopes = new ArrayList<>();
    private @Nullable Long keyExpiresIn;
    private @Nullable String status;
    private @Nullable String appId;
    private @Nullable String developerId;
    private final List<Credential> credentials = new ArrayList<>();

    private Builder() {}

    private Builder(DeveloperApp v) {
      super(v);
      this.name = v.name;
      this.apiProducts.addAll(v.apiProducts);
      this.callbackUrl = v.callbackUrl;
      this.scopes.addAll(v.scopes);
      this.keyExpiresIn = v.keyExpiresIn;
      this.status = v.status;
      this.appId = v.appId;
      this.developerId = v.developerId;
      this.credentials.addAll(v.credentials);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the app name.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Replaces the API products to subscribe the app to on creation (input only; the subscriptions
     * of an existing app are in {@link #credentials()}).
     *
     * @param apiProducts the new elements
     * @return this builder
     */
    public Builder apiProducts(java.util.Collection<? extends String> apiProducts) {
      Objects.requireNonNull(apiProducts, "apiProducts == null");
      this.apiProducts.clear();
      for (String e : apiProducts) {
        addApiProduct(e);
      }
      return this;
    }

    /**
     * Adds one element to the API products to subscribe the app to on creation (input only; the
     * subscriptions of an existing app are in {@link #credentials()}).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addApiProduct(String element) {
      this.apiProducts.add(Objects.requireNonNull(element, "apiProducts element == null"));
      return this;
    }

    /**
     * Sets the OAuth callback URL.
     *
     * @param callbackUrl the value, or null to unset
     * @return this builder
     */
    public Builder callbackUrl(@Nullable String callbackUrl) {
      this.callbackUrl = callbackUrl;
      return this;
    }

    /**
     * Replaces the OAuth scopes.
     *
     * @param scopes the new elements
     * @return this builder
     */
    public Builder scopes(java.util.Collection<? extends String> scopes) {
      Objects.requireNonNull(scopes, "scopes == null");
      this.scopes.clear();
      for (String e : scopes) {
        addScope(e);
      }
      return this;
    }

    /**
     * Adds one element to the OAuth scopes.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addScope(String element) {
      this.scopes.add(Objects.requireNonNull(element, "scopes element == null"));
      return this;
    }

    /**
     * Sets the lifetime of the generated key in milliseconds (-1 = never expires).
     *
     * @param keyExpiresIn the value, or null to unset
     * @return this builder
     */
    public Builder keyExpiresIn(@Nullable Long keyExpiresIn) {
      this.keyExpiresIn = keyExpiresIn;
      return this;
    }

    /**
     * Sets the app status, {@code approved} or {@code revoked}.
     *
     * @param status the value, or null to unset
     * @return this builder
     */
    public Builder status(@Nullable String status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the id Apigee assigned (output only).
     *
     * @param appId the value, or null to unset
     * @return this builder
     */
    public Builder appId(@Nullable String appId) {
      this.appId = appId;
      return this;
    }

    /**
     * Sets the owning developer's id (output only).
     *
     * @param developerId the value, or null to unset
     * @return this builder
     */
    public Builder developerId(@Nullable String developerId) {
      this.developerId = developerId;
      return this;
    }

    /**
     * Replaces the app's credentials (output only).
     *
     * @param credentials the new elements
     * @return this builder
     */
    public Builder credentials(java.util.Collection<? extends Credential> credentials) {
      Objects.requireNonNull(credentials, "credentials == null");
      this.credentials.clear();
      for (Credential e : credentials) {
        addCredential(e);
      }
      return this;
    }

    /**
     * Adds one element to the app's credentials (output only).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addCredential(Credential element) {
      this.credentials.add(Objects.requireNonNull(element, "credentials element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public DeveloperApp build() {
      return new DeveloperApp(this);
    }
  }
}
