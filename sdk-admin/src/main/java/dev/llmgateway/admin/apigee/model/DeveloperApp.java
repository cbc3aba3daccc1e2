package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonProperty.Access;
import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * A developer app: holds the consumer keys (credentials) that call API products.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = DeveloperApp.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties({"createdAt", "lastModifiedAt"})
public abstract class DeveloperApp extends AttributedResource {

  DeveloperApp() {}

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
   * Returns the app name.
   *
   * @return the app name
   */
  public abstract String name();

  /**
   * Returns the API products to subscribe the app to on creation (input only; the subscriptions of
   * an existing app are in {@link #credentials()}).
   *
   * @return the API product names
   */
  public abstract List<String> apiProducts();

  /**
   * Returns the OAuth callback URL.
   *
   * @return the callback URL, or empty when not set
   */
  public abstract Optional<String> callbackUrl();

  /**
   * Returns the OAuth scopes.
   *
   * @return the OAuth scopes
   */
  public abstract List<String> scopes();

  /**
   * Returns the lifetime of the generated key in milliseconds (-1 = never expires).
   *
   * @return the lifetime, or empty when not set
   */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<Long> keyExpiresIn();

  /**
   * Returns the app status, {@code approved} or {@code revoked}.
   *
   * @return the status, or empty when not set
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract Optional<String> status();

  /**
   * Returns the id Apigee assigned (output only).
   *
   * @return the id, or empty when not set
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract Optional<String> appId();

  /**
   * Returns the owning developer's id (output only).
   *
   * @return the developer id, or empty when not set
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract Optional<String> developerId();

  /**
   * Returns the app's credentials (output only).
   *
   * @return the credentials
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract List<Credential> credentials();

  @Value.Check
  void check() {
    NameRules.app(name());
    apiProducts().forEach(p -> NameRules.apiProduct(p, "apiProducts"));
  }

  /** Builder of {@link DeveloperApp}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableDeveloperApp.Builder {
    Builder() {}

    /** Reads an absent name as blank, so that the server's answer fails naming the field. */
    @JsonCreator
    static Builder fromJson() {
      return new Builder().name("");
    }
  }
}
