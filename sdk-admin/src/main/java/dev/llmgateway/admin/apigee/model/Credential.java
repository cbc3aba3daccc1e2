package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * A consumer key of a developer app with its status and API products; the key and secret are never
 * printed.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code consumerKey}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = Credential.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Credential {

  Credential() {}

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
   * Returns the consumer key (the API key clients send).
   *
   * @return the consumer key
   */
  public abstract ConsumerKey consumerKey();

  /**
   * Returns the consumer secret.
   *
   * @return the consumer secret, or empty when not set
   */
  @Value.Redacted
  public abstract Optional<String> consumerSecret();

  /**
   * Returns the key status, {@code approved}, {@code revoked} or {@code pending}.
   *
   * @return the status, empty when not sent
   */
  @Value.Default
  public String status() {
    return "";
  }

  /**
   * Returns the API products of this key with their per-product status.
   *
   * @return the API products
   */
  public abstract List<ApiProductRef> apiProducts();

  /**
   * Returns the issue time in epoch milliseconds.
   *
   * @return the issue time, or empty when not set
   */
  public abstract Optional<Long> issuedAt();

  /**
   * Returns the expiry time in epoch milliseconds; -1 or absent means never.
   *
   * @return the expiry time, or empty when not set
   */
  public abstract Optional<Long> expiresAt();

  /**
   * Returns the OAuth scopes.
   *
   * @return the OAuth scopes
   */
  public abstract List<String> scopes();

  /**
   * Returns the custom attributes.
   *
   * @return the custom attributes
   */
  public abstract List<Attribute> attributes();

  /**
   * Returns whether this key is approved, unexpired at {@code nowMillis} and approved for {@code
   * apiProduct}.
   *
   * @param apiProduct the API product name
   * @param nowMillis the current time in epoch milliseconds
   * @return true if a call with this key may use {@code apiProduct} now
   */
  public boolean approvedFor(String apiProduct, long nowMillis) {
    if (!"approved".equalsIgnoreCase(status())) {
      return false;
    }
    long expires = expiresAt().orElse(-1L);
    if (expires > 0 && expires <= nowMillis) {
      return false;
    }
    return apiProducts().stream()
        .anyMatch(
            ref ->
                ref.apiProduct().equals(apiProduct) && "approved".equalsIgnoreCase(ref.status()));
  }

  /** Builder of {@link Credential}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableCredential.Builder {
    Builder() {}
  }
}
