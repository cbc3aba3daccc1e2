package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Constraints on the generated text for vLLM ({@code structured_outputs}): a JSON schema, a regular
 * expression, a fixed choice, a grammar, any JSON object or a structural tag, plus options. At most
 * one constraint may be set. vLLM 0.12 and later ignore the older {@code guided_*} fields, which
 * this client never sends. This class is immutable.
 *
 * <pre>{@code
 * StructuredOutputs.ofChoice(List.of("positive", "negative"))
 * StructuredOutputs.ofJsonSchema(Map.of("type", "object"))
 * }</pre>
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableStructuredOutputs.class)
public abstract class StructuredOutputs implements Extensible {

  StructuredOutputs() {}

  /**
   * Returns the JSON schema constraint: a {@code Map} of plain Java values, or a {@code String}
   * holding the schema as JSON text.
   *
   * @return the schema, or empty when not set
   */
  @JsonProperty("json")
  public abstract Optional<Object> json();

  /**
   * Returns the regular expression the output must match.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("regex")
  public abstract Optional<String> regex();

  /**
   * Returns the strings of which the output must be exactly one.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("choice")
  public abstract List<String> choice();

  /**
   * Returns the context-free grammar (EBNF) the output must follow.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("grammar")
  public abstract Optional<String> grammar();

  /**
   * Returns whether the output must be any JSON object.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("json_object")
  public abstract Optional<Boolean> jsonObject();

  /**
   * Returns the structural tag specification (a JSON string).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("structural_tag")
  public abstract Optional<String> structuralTag();

  /**
   * Returns whether vLLM may not fall back to another backend.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("disable_fallback")
  public abstract Optional<Boolean> disableFallback();

  /**
   * Returns whether JSON output may contain no free whitespace.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("disable_any_whitespace")
  public abstract Optional<Boolean> disableAnyWhitespace();

  /**
   * Returns whether JSON objects may not carry properties the schema does not list.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("disable_additional_properties")
  public abstract Optional<Boolean> disableAdditionalProperties();

  /**
   * Returns the whitespace pattern for JSON output.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("whitespace_pattern")
  public abstract Optional<String> whitespacePattern();

  /**
   * Checks the fields; runs once, when a value is built.
   *
   * @throws IllegalArgumentException if a field is invalid (the message names it)
   */
  @Value.Check
  void check() {
    int constraints =
        (json().isPresent() ? 1 : 0)
            + (regex().isPresent() ? 1 : 0)
            + (choice().isEmpty() ? 0 : 1)
            + (grammar().isPresent() ? 1 : 0)
            + (jsonObject().orElse(false) ? 1 : 0)
            + (structuralTag().isPresent() ? 1 : 0);
    if (constraints > 1) {
      throw new IllegalArgumentException(
          "structuredOutputs must set at most one of json, regex, choice, grammar, jsonObject,"
              + " structuralTag but set "
              + constraints);
    }
  }

  /**
   * Returns a constraint to a JSON schema.
   *
   * @param schema the JSON schema as plain Java values
   * @return the constraint
   */
  public static StructuredOutputs ofJsonSchema(Map<String, ?> schema) {
    return builder().json(schema).build();
  }

  /**
   * Returns a constraint to a regular expression.
   *
   * @param regex the expression
   * @return the constraint
   */
  public static StructuredOutputs ofRegex(String regex) {
    return builder().regex(regex).build();
  }

  /**
   * Returns a constraint to one of fixed strings.
   *
   * @param choices the allowed outputs
   * @return the constraint
   */
  public static StructuredOutputs ofChoice(List<String> choices) {
    return builder().choice(choices).build();
  }

  /**
   * Returns a constraint to a context-free grammar.
   *
   * @param grammar the grammar (EBNF)
   * @return the constraint
   */
  public static StructuredOutputs ofGrammar(String grammar) {
    return builder().grammar(grammar).build();
  }

  /**
   * Returns a constraint to any JSON object.
   *
   * @return the constraint
   */
  public static StructuredOutputs ofJsonObject() {
    return builder().jsonObject(true).build();
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

  /** Builds {@link StructuredOutputs} values. At most one constraint may be set. */
  public static final class Builder extends ImmutableStructuredOutputs.Builder {
    Builder() {}

    /**
     * Sets the JSON schema the output must follow.
     *
     * @param schema the schema as plain Java values
     * @return this builder
     */
    public Builder json(Map<String, ?> schema) {
      return json((Object) Collections.unmodifiableMap(new LinkedHashMap<>(schema)));
    }
  }
}
