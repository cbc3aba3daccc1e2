package dev.llmgateway.admin.apigee.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resource path with HTTP methods in an operation configuration.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code resource}.
 */
public final class Operation {

  private final String resource;
  private final List<String> methods;

  private Operation(Builder b) {
    if (b.resource == null) {
      throw new IllegalArgumentException("resource must not be null");
    }
    this.resource = Operation.checkResource(b.resource);
    this.methods = Collections.unmodifiableList(new ArrayList<>(b.methods));
    this.methods.forEach(Operation::checkMethod);
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
   * Returns the resource path after the proxy base path, e.g. {@code /v1/completions}; {@code /}
   * matches everything, {@code /**} any depth, {@code /*} one segment.
   *
   * @return the resource path after the proxy base path, e.g. {@code /v1/completions}; {@code /}
   *     matches everything, {@code /**} any depth, {@code /*} one segment
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the HTTP methods (upper case; empty = every method).
   *
   * @return the HTTP methods (upper case; empty = every method)
   */
  public List<String> methods() {
    return methods;
  }

  static String checkResource(String resource) {
    if (resource.isBlank() || !resource.startsWith("/")) {
      throw new IllegalArgumentException("resource must start with '/' but was '" + resource + "'");
    }
    return resource;
  }

  static void checkMethod(String method) {
    if (!java.util.Set.of(
            "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT")
        .contains(method)) {
      throw new IllegalArgumentException(
          "methods must hold upper-case HTTP methods but contained '" + method + "'");
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Operation)) {
      return false;
    }
    Operation o = (Operation) other;
    return Objects.equals(resource, o.resource) && Objects.equals(methods, o.methods);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, methods);
  }

  @Override
  public String toString() {
    return "Operation{" + "resource=" + resource + ", " + "methods=" + methods + "}";
  }

  /** Builder of {@link Operation}. */
  public static final class Builder {

    private @Nullable String resource;
    private final List<String> methods = new ArrayList<>();

    private Builder() {}

    private Builder(Operation v) {
      this.resource = v.resource;
      this.methods.addAll(v.methods);
    }

    /**
     * Sets the resource path after the proxy base path, e.g. {@code /v1/completions}; {@code /}
     * matches everything, {@code /**} any depth, {@code /*} one segment.
     *
     * @param resource the value
     * @return this builder
     */
    public Builder resource(String resource) {
      this.resource = resource;
      return this;
    }

    /**
     * Replaces the HTTP methods (upper case; empty = every method).
     *
     * @param methods the new elements
     * @return this builder
     */
    public Builder methods(java.util.Collection<? extends String> methods) {
      Objects.requireNonNull(methods, "methods == null");
      this.methods.clear();
      for (String e : methods) {
        addMethod(e);
      }
      return this;
    }

    /**
     * Adds one element to the HTTP methods (upper case; empty = every method).
     *
     * @param element the element
     * @return this builder
     */
    public Builder addMethod(String element) {
      this.methods.add(Objects.requireNonNull(element, "methods element == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public Operation build() {
      return new Operation(this);
    }
  }
}
