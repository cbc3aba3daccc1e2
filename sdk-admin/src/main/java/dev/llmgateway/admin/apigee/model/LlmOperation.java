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
 * A resource, its HTTP methods and the LLM model they serve, in an {@link LlmOperationConfig}
 * (management API {@code LlmOperation}).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code resource}, {@code model}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = LlmOperation.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class LlmOperation {

  LlmOperation() {}

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
   * Returns the resource path after the proxy base path, e.g. {@code /} or {@code
   * /v1/chat/completions}.
   *
   * @return the resource path
   */
  public abstract String resource();

  /**
   * Returns the HTTP methods (upper case; empty = every method).
   *
   * @return the HTTP methods
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> methods();

  /**
   * Returns the model name, as the proxy's LLMTokenQuota policies read it with their {@code
   * LLMModelSource}, e.g. {@code /gcs/google/gemma-3-1b-it}.
   *
   * @return the model
   */
  public abstract String model();

  @Value.Check
  void check() {
    // The same rules as a product operation's resource and methods.
    Operation.builder().resource(resource()).methods(methods()).build();
    Checks.notBlank(model(), "model");
  }

  /** Builder of {@link LlmOperation}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableLlmOperation.Builder {
    Builder() {}

    @JsonCreator
    static Builder fromJson() {
      return new Builder().resource("").model("");
    }
  }
}
