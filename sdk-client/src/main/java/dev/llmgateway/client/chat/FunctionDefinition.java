package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A function the model may call: name, description and JSON-schema parameters. This class is
 * immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableFunctionDefinition.class)
public abstract class FunctionDefinition implements Extensible {

  FunctionDefinition() {}

  /**
   * Returns the name as set or sent; {@link #name()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("name")
  protected abstract @Nullable String nameRaw();

  /**
   * Returns what the function does, for the model.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * Returns the JSON schema of the arguments, as plain Java values.
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("parameters")
  @AllowNulls
  public abstract Map<String, Object> parameters();

  /**
   * Returns whether the arguments must follow the schema exactly.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("strict")
  public abstract Optional<Boolean> strict();

  @Value.Check
  void check() {
    Checks.notBlank(nameRaw(), "name");
  }

  /**
   * Returns the function name.
   *
   * @return the value, {@code ""} when absent
   */
  public String name() {
    String name = nameRaw();
    return name != null ? name : "";
  }

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
