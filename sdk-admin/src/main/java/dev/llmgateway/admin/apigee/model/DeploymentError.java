package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * An error of a deployment ({@code google.rpc.Status}).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: none.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = DeploymentError.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class DeploymentError {

  DeploymentError() {}

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
   * Returns the {@code google.rpc.Code} number.
   *
   * @return the code, 0 when not sent
   */
  @Value.Default
  public int code() {
    return 0;
  }

  /**
   * Returns the message.
   *
   * @return the message, empty when not sent
   */
  @Value.Default
  public String message() {
    return "";
  }

  /** Builder of {@link DeploymentError}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableDeploymentError.Builder {
    Builder() {}
  }
}
