package dev.llmgateway.admin.apigee.model;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An API product on a consumer key, with the key's status for that product.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code apiProduct}.
 */
public final class ApiProductRef {

  private final String apiProduct;
  private final String status;

  private ApiProductRef(Builder b) {
    if (b.apiProduct == null) {
      throw new IllegalArgumentException("apiProduct must not be null");
    }
    this.apiProduct = Checks.notBlank("apiProduct", b.apiProduct);
    this.status = Objects.requireNonNull(b.status, "status == null");
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
   * Returns the API product name.
   *
   * @return the API product name
   */
  public String apiProduct() {
    return apiProduct;
  }

  /**
   * Returns the status for this product, {@code approved}, {@code revoked} or {@code pending}.
   *
   * @return the status for this product, {@code approved}, {@code revoked} or {@code pending}
   */
  public String status() {
    return status;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ApiProductRef)) {
      return false;
    }
    ApiProductRef o = (ApiProductRef) other;
    return Objects.equals(apiProduct, o.apiProduct) && Objects.equals(status, o.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiProduct, status);
  }

  @Override
  public String toString() {
    return "ApiProductRef{" + "apiProduct=" + apiProduct + ", " + "status=" + status + "}";
  }

  /** Builder of {@link ApiProductRef}. */
  public static final class Builder {

    private @Nullable String apiProduct;
    private String status = "";

    private Builder() {}

    private Builder(ApiProductRef v) {
      this.apiProduct = v.apiProduct;
      this.status = v.status;
    }

    /**
     * Sets the API product name.
     *
     * @param apiProduct the value
     * @return this builder
     */
    public Builder apiProduct(String apiProduct) {
      this.apiProduct = apiProduct;
      return this;
    }

    /**
     * Sets the status for this product, {@code approved}, {@code revoked} or {@code pending}.
     *
     * @param status the value
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public ApiProductRef build() {
      return new ApiProductRef(this);
    }
  }
}
