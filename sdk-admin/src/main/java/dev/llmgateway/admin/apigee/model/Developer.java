package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonProperty.Access;
import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * An Apigee developer: the owner of developer apps and their keys.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code email}, {@code firstName},
 * {@code lastName}, {@code userName}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = Developer.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties({"createdAt", "lastModifiedAt", "organizationName"})
public abstract class Developer extends AttributedResource {

  Developer() {}

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
   * Returns the developer's email (lowercase), which identifies the developer.
   *
   * @return the email
   */
  public abstract String email();

  /**
   * Returns the first name.
   *
   * @return the first name
   */
  public abstract String firstName();

  /**
   * Returns the last name.
   *
   * @return the last name
   */
  public abstract String lastName();

  /**
   * Returns the user name.
   *
   * @return the user name
   */
  public abstract String userName();

  /**
   * Returns the id Apigee assigned (output only).
   *
   * @return the id, or empty when not set
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract Optional<String> developerId();

  /**
   * Returns the status, {@code active} or {@code inactive} (output only; change it with {@code
   * developers().setStatus(..)}).
   *
   * @return the status, or empty when not set
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract Optional<String> status();

  /**
   * Returns the names of the developer's apps (output only).
   *
   * @return the app names
   */
  @JsonProperty(access = Access.WRITE_ONLY)
  public abstract List<String> apps();

  @Value.Check
  void check() {
    NameRules.developer(email());
    Checks.notBlank(firstName(), "firstName");
    Checks.notBlank(lastName(), "lastName");
    Checks.notBlank(userName(), "userName");
  }

  /** Builder of {@link Developer}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableDeveloper.Builder {
    Builder() {}

    /** Reads absent names as blank, so that the server's answer fails naming the field. */
    @JsonCreator
    static Builder fromJson() {
      return new Builder().email("").firstName("").lastName("").userName("");
    }
  }
}
