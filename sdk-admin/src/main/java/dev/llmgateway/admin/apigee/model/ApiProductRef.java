package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An API product on a consumer key, with the key's status for that product.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code apiProduct}.
 */
@Value.Immutable
@ValueStyle
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ApiProductRef {

  ApiProductRef() {}

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

  /** Reads the bare product name some responses send instead of an object. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ApiProductRef fromJson(String apiProduct) {
    return builder().apiProduct(apiProduct).build();
  }

  /** Reads {@code {"apiproduct": .., "status": ..}}. */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  static ApiProductRef fromJson(
      @JsonProperty("apiproduct") @Nullable String apiProduct,
      @JsonProperty("status") @Nullable String status) {
    Builder b = builder().apiProduct(apiProduct == null ? "" : apiProduct);
    return (status == null ? b : b.status(status)).build();
  }

  /**
   * Returns the API product name.
   *
   * @return the API product name
   */
  @JsonProperty("apiproduct")
  public abstract String apiProduct();

  /**
   * Returns the status for this product, {@code approved}, {@code revoked} or {@code pending}.
   *
   * @return the status, empty when not sent
   */
  @Value.Default
  public String status() {
    return "";
  }

  @Value.Check
  void check() {
    Checks.notBlank(apiProduct(), "apiProduct");
  }

  /** Builder of {@link ApiProductRef}. */
  public static final class Builder extends ImmutableApiProductRef.Builder {
    Builder() {}
  }
}
