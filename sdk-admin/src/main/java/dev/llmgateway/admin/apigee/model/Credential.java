package dev.llmgateway.admin.apigee.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A consumer key of a developer app with its status and API products; the key and secret are never
 * printed.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code consumerKey}.
 */
public final class Credential {

  private final ConsumerKey consumerKey;
  private final @Nullable String consumerSecret;
  private final String status;
  private final List<ApiProductRef> apiProducts;
  private final @Nullable Long issuedAt;
  private final @Nullable Long expiresAt;
  private final List<String> scopes;
  private final List<Attribute> attributes;

  private Credential(Builder b) {
    if (b.consumerKey == null) {
      throw new IllegalArgumentException("consumerKey must not be null");
    }
    this.consumerKey = Objects.requireNonNull(b.consumerKey, "consumerKey == null");
    this.consumerSecret = b.consumerSecret;
    this.status = Objects.requireNonNull(b.status, "status == null");
    this.apiProducts = Collections.unmodifiableList(new ArrayList<>(b.apiProducts));
    this.issuedAt = b.issuedAt;
    this.expiresAt = b.expiresAt;
    this.scopes = Collections.unmodifiableList(new ArrayList<>(b.scopes));
    this.attributes = Collections.unmodifiableList(new ArrayList<>(b.attributes));
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
   * Returns the consumer key (the API key clients send).
   *
   * @return the consumer key (the API key clients send)
   */
  public ConsumerKey consumerKey() {
    return consumerKey;
  }

  /**
   * Returns the consumer secret.
   *
   * @return the consumer secret, or empty when not set
   */
  public Optional<String> consumerSecret() {
    return Optional.ofNullable(consumerSecret);
  }

  /**
   * Returns the key status, {@code approved}, {@code revoked} or {@code pending}.
   *
   * @return the key status, {@code approved}, {@code revoked} or {@code pending}
   */
  public String status() {
    return status;
  }

  /**
   * Returns the API products of this key with their per-product status.
   *
   * @return the API products of this key with their per-product status
   */
  public List<ApiProductRef> apiProducts() {
    return apiProducts;
  }

  /**
   * Returns the issue time in epoch milliseconds.
   *
   * @return the issue time in epoch milliseconds, or empty when not set
   */
  public Optional<Long> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  /**
   * Returns the expiry time in epoch milliseconds; -1 or absent means never.
   *
   * @return the expiry time in epoch milliseconds; -1 or absent means never, or empty when not set
   */
  public Optional<Long> expiresAt() {
    return Optional.ofNullable(expiresAt);
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
   * Returns the custom attributes.
   *
   * @return the custom attributes
   */
  public List<Attribute> attributes() {
    return attributes;
  }

  /**
   * Returns whether this key is approved, unexpired at {@code nowMillis} and approved for {@code
   * apiProduct}.
   *
   * @param apiProduct the API product name
   * @param nowMillis the current time in epoch milliseconds
   * @return true if a client can use this key for the product
   */
  public boolean approvedFor(String apiProduct, long nowMillis) {
    if (!"approved".equalsIgnoreCase(status)) {
      return false;
    }
    if (expiresAt != null && expiresAt > 0 && expiresAt <= nowMillis) {
      return false;
    }
    for (ApiProductRef ref : apiProducts) {
      if (ref.apiProduct().equals(apiProduct) && "approved".equalsIgnoreCase(ref.status())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Credential)) {
      return false;
    }
    Credential o = (Credential) other;
    return Objects.equals(consumerKey, o.consumerKey)
        && Objects.equals(consumerSecret, o.consumerSecret)
        && Objects.equals(status, o.status)
        && Objects.equals(apiProducts, o.apiProducts)
        && Objects.equals(issuedAt, o.issuedAt)
        && Objects.equals(expiresAt, o.expiresAt)
        && Objects.equals(scopes, o.scopes)
        && Objects.equals(attributes, o.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        consumerKey, consumerSecret, status, apiProducts, issuedAt, expiresAt, scopes, attributes);
  }

  @Override
  public String toString() {
    return "Credential{"
        + "consumerKey="
        + consumerKey
        + ", "
        + "consumerSecret=****"
        + ", "
        + "status="
        + status
        + ", "
        + "apiProducts="
        + apiProducts
        + ", "
        + "issuedAt="
        + issuedAt
        + ", "
        + "expiresAt="
        + expiresAt
        + ", "
        + "scopes="
        + scopes
        + ", "
        + "attributes="
        + attributes
        + "}";
  }

  /** Builder of {@link Credential}. */
  public static final class Builder {

    private @Nullable ConsumerKey consumerKey;
    private @Nullable String consumerSecret;
    private String status = "";
    private final List<ApiProductRef> apiProducts = new ArrayList<>();
    private @Nullable Long issuedAt;
    private @Nullable Long expiresAt;
    private final List<String> scopes = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();

    private Builder() {}

    private Builder(Credential v) {
      this.consumerKey = v.consumerKey;
      this.consumerSecret = v.consumerSecret;
      this.status = v.status;
      this.apiProducts.addAll(v.apiProducts);
      this.issuedAt = v.issuedAt;
      this.expiresAt = v.expiresAt;
      this.scopes.addAll(v.scopes);
      this.attributes.addAll(v.attributes);
    }

    /**
     * Sets the consumer key (the API key clients send).
     *
     * @param consumerKey the value
     * @return this builder
     */
    public Builder consumerKey(ConsumerKey consumerKey) {
      this.consumerKey = consumerKey;
      return this;
    }

    /**
     * Sets the consumer secret.
     *
     * @param consumerSecret the value, or null to unset
     * @return this builder
     */
    public Builder consumerSecret(@Nullable String consumerSecret) {
      this.consumerSecret = consumerSecret;
      return this;
    }

    /**
     * Sets the key status, {@code approved}, {@code revoked} or {@code pending}.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * Replaces the API products of this key with their per-product status.
     *
     * @param apiProducts the new elements
     * @return this builder
     */
    public Builder apiProducts(java.util.Collection<? extends ApiProductRef> apiProducts) {
      Objects.requireNonNull(apiProducts, "apiProducts == null");
      this.apiProducts.clear();
      for (ApiProductRef e : apiProducts) {
        addApiProduct(e);
      }
      return this;
    }

    /**
     * Adds one element to the API products of this key with their per-product status.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addApiProduct(ApiProductRef element) {
      this.apiProducts.add(Objects.requireNonNull(element, "apiProducts element == null"));
      return this;
    }

    /**
     * Sets the issue time in epoch milliseconds.
     *
     * @param issuedAt the value, or null to unset
     * @return this builder
     */
    public Builder issuedAt(@Nullable Long issuedAt) {
      this.issuedAt = issuedAt;
      return this;
    }

    /**
     * Sets the expiry time in epoch milliseconds; -1 or absent means never.
     *
     * @param expiresAt the value, or null to unset
     * @return this builder
     */
    public Builder expiresAt(@Nullable Long expiresAt) {
      this.expiresAt = expiresAt;
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
     * Replaces the custom attributes.
     *
     * @param attributes the new elements
     * @return this builder
     */
    public Builder attributes(java.util.Collection<? extends Attribute> attributes) {
      Objects.requireNonNull(attributes, "attributes == null");
      this.attributes.clear();
      for (Attribute e : attributes) {
        addAttribute(e);
      }
      return this;
    }

    /**
     * Adds one element to the custom attributes.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addAttribute(Attribute element) {
      this.attributes.add(Objects.requireNonNull(element, "attributes element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public Credential build() {
      return new Credential(this);
    }
  }
}
