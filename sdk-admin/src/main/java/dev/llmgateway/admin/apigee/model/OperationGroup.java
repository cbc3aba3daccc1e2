package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The operation group of an API product: which proxy operations it grants, with quotas.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: none.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = OperationGroup.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class OperationGroup {

  OperationGroup() {}

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
   * Returns the configuration type, {@code proxy} (default) or {@code remoteservice}.
   *
   * @return the configuration type
   */
  @Value.Default
  public String operationConfigType() {
    return "proxy";
  }

  /**
   * Returns the operation configurations (at least one).
   *
   * @return the operation configurations
   */
  public abstract List<OperationConfig> operationConfigs();

  @Value.Check
  void check() {
    String type = operationConfigType();
    if (!"proxy".equals(type) && !"remoteservice".equals(type)) {
      throw new IllegalArgumentException(
          "operationConfigType must be 'proxy' or 'remoteservice' but was '" + type + "'");
    }
    Checks.notEmpty(operationConfigs(), "operationConfigs");
  }

  /** Builder of {@link OperationGroup}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableOperationGroup.Builder {
    Builder() {}
  }
}
