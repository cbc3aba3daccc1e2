package dev.llmgateway.admin.apigee.model;

import dev.llmgateway.admin.apigee.internal.Checks;
import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Apigee developer: the owner of developer apps and their keys.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code email}, {@code firstName},
 * {@code lastName}, {@code userName}.
 */
public final class Developer extends AttributedResource {

  private final String email;
  private final String firstName;
  private final String lastName;
  private final String userName;
  private final @Nullable String developerId;
  private final @Nullable String status;
  private final List<String> apps;

  private Developer(Builder b) {
    super(b);
    if (b.email == null) {
      throw new IllegalArgumentException("email must not be null");
    }
    this.email = NameRules.developer(b.email);
    if (b.firstName == null) {
      throw new IllegalArgumentException("firstName must not be null");
    }
    this.firstName = Checks.notBlank("firstName", b.firstName);
    if (b.lastName == null) {
      throw new IllegalArgumentException("lastName must not be null");
    }
    this.lastName = Checks.notBlank("lastName", b.lastName);
    if (b.userName == null) {
      throw new IllegalArgumentException("userName must not be null");
    }
    this.userName = Checks.notBlank("userName", b.userName);
    this.developerId = b.developerId;
    this.status = b.status;
    this.apps = Collections.unmodifiableList(new ArrayList<>(b.apps));
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
   * Returns the developer's email (lowercase), which identifies the developer.
   *
   * @return the developer's email (lowercase), which identifies the developer
   */
  public String email() {
    return email;
  }

  /**
   * Returns the first name.
   *
   * @return the first name
   */
  public String firstName() {
    return firstName;
  }

  /**
   * Returns the last name.
   *
   * @return the last name
   */
  public String lastName() {
    return lastName;
  }

  /**
   * Returns the user name.
   *
   * @return the user name
   */
  public String userName() {
    return userName;
  }

  /**
   * Returns the id Apigee assigned (output only).
   *
   * @return the id Apigee assigned (output only), or empty when not set
   */
  public Optional<String> developerId() {
    return Optional.ofNullable(developerId);
  }

  /**
   * Returns the status, {@code active} or {@code inactive} (output only; change it with {@code
   * developers().setStatus(..)}).
   *
   * @return the status, {@code active} or {@code inactive} (output only; change it with {@code
   *     developers().setStatus(..)}), or empty when not set
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the names of the developer's apps (output only).
   *
   * @return the names of the developer's apps (output only)
   */
  public List<String> apps() {
    return apps;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Developer)) {
      return false;
    }
    Developer o = (Developer) other;
    return Objects.equals(email, o.email)
        && Objects.equals(firstName, o.firstName)
        && Objects.equals(lastName, o.lastName)
        && Objects.equals(userName, o.userName)
        && Objects.equals(attributes(), o.attributes())
        && Objects.equals(developerId, o.developerId)
        && Objects.equals(status, o.status)
        && Objects.equals(apps, o.apps)
        && Objects.equals(unknownFields(), o.unknownFields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        email,
        firstName,
        lastName,
        userName,
        attributes(),
        developerId,
        status,
        apps,
        unknownFields());
  }

  @Override
  public String toString() {
    return "Developer{"
        + "email="
        + email
        + ", "
        + "firstName="
        + firstName
        + ", "
        + "lastName="
        + lastName
        + ", "
        + "userName="
        + userName
        + ", "
        + "attributes="
        + attributes()
        + ", "
        + "developerId="
        + developerId
        + ", "
        + "status="
        + status
        + ", "
        + "apps="
        + apps
        + ", "
        + "unknownFields="
        + unknownFields()
        + "}";
  }

  /** Builder of {@link Developer}. */
  public static final class Builder extends AttributedResource.Builder<Builder> {

    private @Nullable String email;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String userName;
    private @Nullable String developerId;
    private @Nullable String status;
    private final List<String> apps = new ArrayList<>();

    private Builder() {}

    private Builder(Developer v) {
      super(v);
      this.email = v.email;
      this.firstName = v.firstName;
      this.lastName = v.lastName;
      this.userName = v.userName;
      this.developerId = v.developerId;
      this.status = v.status;
      this.apps.addAll(v.apps);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the developer's email (lowercase), which identifies the developer.
     *
     * @param email the value
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets the first name.
     *
     * @param firstName the value
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * Sets the last name.
     *
     * @param lastName the value
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * Sets the user name.
     *
     * @param userName the value
     * @return this builder
     */
    public Builder userName(String userName) {
      this.userName = userName;
      return this;
    }

    /**
     * Sets the id Apigee assigned (output only).
     *
     * @param developerId the value, or null to unset
     * @return this builder
     */
    public Builder developerId(@Nullable String developerId) {
      this.developerId = developerId;
      return this;
    }

    /**
     * Sets the status, {@code active} or {@code inactive} (output only; change it with {@code
     * developers().setStatus(..)}).
     *
     * @param status the value, or null to unset
     * @return this builder
     */
    public Builder status(@Nullable String status) {
      this.status = status;
      return this;
    }

    /**
     * Replaces the names of the developer's apps (output only).
     *
     * @param apps the new elements
     * @return this builder
     */
    public Builder apps(java.util.Collection<? extends String> apps) {
      Objects.requireNonNull(apps, "apps == null");
      this.apps.clear();
      for (String e : apps) {
        addApp(e);
      }
      return this;
    }

    /**
     * Adds one element to the names of the developer's apps (output only).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addApp(String element) {
      this.apps.add(Objects.requireNonNull(element, "apps element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public Developer build() {
      return new Developer(this);
    }
  }
}
