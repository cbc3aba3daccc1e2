package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The operations an API product grants on one API source (proxy or remote service), with an
 * optional quota.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code apiSource}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = OperationConfig.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class OperationConfig {

  OperationConfig() {}

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
   * Returns the API proxy or remote service name.
   *
   * @return the API source
   */
  public abstract String apiSource();

  /**
   * Returns the operations (empty = every path and method).
   *
   * @return the operations
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract List<Operation> operations();

  /**
   * Returns the quota shared by these operations.
   *
   * @return the quota, or empty when not set
   */
  public abstract Optional<Quota> quota();

  /**
   * Returns the custom attributes.
   *
   * @return the custom attributes
   */
  public abstract List<Attribute> attributes();

  @Value.Check
  void check() {
    Checks.notBlank(apiSource(), "apiSource");
  }

  /** Builder of {@link OperationConfig}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableOperationConfig.Builder {
    Builder() {}

    @JsonCreator
    static Builder fromJson() {
      return new Builder().apiSource("");
    }
  }
}
