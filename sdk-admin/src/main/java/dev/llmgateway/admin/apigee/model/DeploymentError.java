package dev.llmgateway.admin.apigee.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error of a deployment ({@code google.rpc.Status}).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: none.
 */
public final class DeploymentError {

  private final int code;
  private final String message;

  private DeploymentError(Builder b) {
    this.code = b.code;
    this.message = Objects.requireNonNull(b.message, "message == null");
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
   * Returns the {@code google.rpc.Code} number.
   *
   * @return the {@code google.rpc.Code} number
   */
  public int code() {
    return code;
  }

  /**
   * Returns the message.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DeploymentError)) {
      return false;
    }
    DeploymentError o = (DeploymentError) other;
    return code == o.code && Objects.equals(message, o.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message);
  }

  @Override
  public String toString() {
    return "DeploymentError{" + "code=" + code + ", " + "message=" + message + "}";
  }

  /** Builder of {@link DeploymentError}. */
  public static final class Builder {

    private int code;
    private String message = "";

    private Builder() {}

    private Builder(DeploymentError v) {
      this.code = v.code;
      this.message = v.message;
    }

    /**
     * Sets the {@code google.rpc.Code} number.
     *
     * @param code the value
     * @return this builder
     */
    public Builder code(int code) {
      this.code = code;
      return this;
    }

    /**
     * Sets the message.
     *
     * @param message the value
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public DeploymentError build() {
      return new DeploymentError(this);
    }
  }
}
