package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The fields a {@link FunctionDefinition} and a {@link JsonSchema} share: a required name, a
 * description for the model and the {@code strict} flag, declared once; each adds its schema map.
 */
@WireStyle
abstract class NamedSchema implements Extensible {

  NamedSchema() {}

  /**
   * Returns the name as set or sent; {@code name()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("name")
  protected abstract @Nullable String nameRaw();

  /**
   * Returns what the function does or what the output is, for the model.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /**
   * Returns whether the arguments or the output must follow the schema exactly.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("strict")
  public abstract Optional<Boolean> strict();

  /**
   * Checks the shared fields; runs when a value is built.
   *
   * @throws IllegalArgumentException if {@code name} is missing or blank
   */
  @Value.Check
  protected void checkName() {
    Checks.notBlank(nameRaw(), "name");
  }

  /**
   * Returns the name.
   *
   * @return the value, {@code ""} when absent
   */
  public String name() {
    String name = nameRaw();
    return name != null ? name : "";
  }
}
