package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The LLM token quota an API product grants for one model on one API source (management API {@code
 * LlmOperationConfig}). A proxy's LLMTokenQuota policies read it through the VerifyAPIKey variables
 * {@code apiproduct.developer.llmQuota.limit}, {@code .interval} and {@code .timeunit}, for the
 * model their {@code LLMModelSource} names.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code apiSource}, an {@code
 * llmOperation} (the management API takes exactly one today and rejects more), {@code
 * llmTokenQuota}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = LlmOperationConfig.Builder.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class LlmOperationConfig {

  LlmOperationConfig() {}

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
   * Returns the resource, methods and model (exactly one).
   *
   * @return the LLM operations
   */
  public abstract List<LlmOperation> llmOperations();

  /**
   * Returns the tokens allowed per app and window for this model.
   *
   * @return the token quota
   */
  public abstract Quota llmTokenQuota();

  /**
   * Returns the custom attributes.
   *
   * @return the custom attributes
   */
  public abstract List<Attribute> attributes();

  @Value.Check
  void check() {
    Checks.notBlank(apiSource(), "apiSource");
    Checks.notEmpty(llmOperations(), "llmOperations");
  }

  /** Builder of {@link LlmOperationConfig}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableLlmOperationConfig.Builder {
    Builder() {}

    @JsonCreator
    static Builder fromJson() {
      return new Builder().apiSource("");
    }
  }
}
