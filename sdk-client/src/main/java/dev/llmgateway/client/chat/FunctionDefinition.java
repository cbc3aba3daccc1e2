package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A function the model may call: name, description and JSON-schema parameters. This class is
 * immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableFunctionDefinition.class)
@JsonPropertyOrder({"name", "description", "parameters", "strict"})
public abstract class FunctionDefinition extends NamedSchema {

  FunctionDefinition() {}

  /**
   * Returns the JSON schema of the arguments, as plain Java values.
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("parameters")
  @AllowNulls
  public abstract Map<String, Object> parameters();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link FunctionDefinition} values. Required: {@code name}. */
  public static final class Builder extends ImmutableFunctionDefinition.Builder {
    Builder() {}
  }
}
