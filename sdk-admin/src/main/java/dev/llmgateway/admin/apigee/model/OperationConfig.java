package dev.llmgateway.admin.apigee.model;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The operations an API product grants on one API source (proxy or remote service), with an
 * optional quota.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code apiSource}.
 */
public final class OperationConfig {

  private final String apiSource;
  private final List<Operation> operations;
  private final @Nullable Quota quota;
  private final List<Attribute> attributes;

  private OperationConfig(Builder b) {
    if (b.apiSource == null) {
      throw new IllegalArgumentException("apiSource must not be null");
    }
    this.apiSource = Checks.notBlank("apiSource", b.apiSource);
    this.operations = Collections.unmodifiableList(new ArrayList<>(b.operations));
    this.quota = b.quota;
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
   * Returns the API proxy or remote service name.
   *
   * @return the API proxy or remote service name
   */
  public String apiSource() {
    return apiSource;
  }

  /**
   * Returns the operations (empty = every path and method).
   *
   * @return the operations (empty = every path and method)
   */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * Returns the quota shared by these operations.
   *
   * @return the quota shared by these operations, or empty when not set
   */
  public Optional<Quota> quota() {
    return Optional.ofNullable(quota);
  }

  /**
   * Returns the custom attributes.
   *
   * @return the custom attributes
   */
  public List<Attribute> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof OperationConfig)) {
      return false;
    }
    OperationConfig o = (OperationConfig) other;
    return Objects.equals(apiSource, o.apiSource)
        && Objects.equals(operations, o.operations)
        && Objects.equals(quota, o.quota)
        && Objects.equals(attributes, o.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiSource, operations, quota, attributes);
  }

  @Override
  public String toString() {
    return "OperationConfig{"
        + "apiSource="
        + apiSource
        + ", "
        + "operations="
        + operations
        + ", "
        + "quota="
        + quota
        + ", "
        + "attributes="
        + attributes
        + "}";
  }

  /** Builder of {@link OperationConfig}. */
  public static final class Builder {

    private @Nullable String apiSource;
    private final List<Operation> operations = new ArrayList<>();
    private @Nullable Quota quota;
    private final List<Attribute> attributes = new ArrayList<>();

    private Builder() {}

    private Builder(OperationConfig v) {
      this.apiSource = v.apiSource;
      this.operations.addAll(v.operations);
      this.quota = v.quota;
      this.attributes.addAll(v.attributes);
    }

    /**
     * Sets the API proxy or remote service name.
     *
     * @param apiSource the value
     * @return this builder
     */
    public Builder apiSource(String apiSource) {
      this.apiSource = apiSource;
      return this;
    }

    /**
     * Replaces the operations (empty = every path and method).
     *
     * @param operations the new elements
     * @return this builder
     */
    public Builder operations(java.util.Collection<? extends Operation> operations) {
      Objects.requireNonNull(operations, "operations == null");
      this.operations.clear();
      for (Operation e : operations) {
        addOperation(e);
      }
      return this;
    }

    /**
     * Adds one element to the operations (empty = every path and method).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addOperation(Operation element) {
      this.operations.add(Objects.requireNonNull(element, "operations element == null"));
      return this;
    }

    /**
     * Sets the quota shared by these operations.
     *
     * @param quota the value, or null to unset
     * @return this builder
     */
    public Builder quota(@Nullable Quota quota) {
      this.quota = quota;
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
    public OperationConfig build() {
      return new OperationConfig(this);
    }
  }
}
