package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The LLM operation group of an API product (management API {@code LlmOperationGroup}): per API
 * source and model, the LLM token quota that the LLMTokenQuota policy enforces.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: at least one operation config.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = LlmOperationGroup.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class LlmOperationGroup {

  LlmOperationGroup() {}

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
   * Returns the operation configurations (at least one).
   *
   * @return the operation configurations
   */
  public abstract List<LlmOperationConfig> operationConfigs();

  @Value.Check
  void check() {
    Checks.notEmpty(operationConfigs(), "operationConfigs");
  }

  /** Builder of {@link LlmOperationGroup}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableLlmOperationGroup.Builder {
    Builder() {}
  }
}
