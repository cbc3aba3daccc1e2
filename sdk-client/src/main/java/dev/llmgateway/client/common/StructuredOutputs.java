package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
@JsonPropertyOrder({
  "json",
  "regex",
  "choice",
  "grammar",
  "json_object",
  "structural_tag",
  "disable_fallback",
  "disable_any_whitespace",
  "disable_additional_properties",
  "whitespace_pattern"
})
public final class StructuredOutputs {

  @JsonProperty("json")
  private @Nullable Object json;

  @JsonProperty("regex")
  private @Nullable String regex;

  private @Nullable List<String> choice;

  @JsonProperty("grammar")
  private @Nullable String grammar;

  @JsonProperty("json_object")
  private @Nullable Boolean jsonObject;

  @JsonProperty("structural_tag")
  private @Nullable String structuralTag;

  @JsonProperty("disable_fallback")
  private @Nullable Boolean disableFallback;

  @JsonProperty("disable_any_whitespace")
  private @Nullable Boolean disableAnyWhitespace;

  @JsonProperty("disable_additional_properties")
  private @Nullable Boolean disableAdditionalProperties;

  @JsonProperty("whitespace_pattern")
  private @Nullable String whitespacePattern;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private StructuredOutputs() {}

  private StructuredOutputs(Builder b) {
    this.json = b.json;
    this.regex = b.regex;
    this.choice = b.choice == null ? null : Props.copy(b.choice, "choice");
    this.grammar = b.grammar;
    this.jsonObject = b.jsonObject;
    this.structuralTag = b.structuralTag;
    this.disableFallback = b.disableFallback;
    this.disableAnyWhitespace = b.disableAnyWhitespace;
    this.disableAdditionalProperties = b.disableAdditionalProperties;
    this.whitespacePattern = b.whitespacePattern;
    this.additionalProperties = Props.copyOrNull(b.additionalProperties);
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
    Builder b = new Builder();
    b.json = json;
    b.regex = regex;
    b.choice = choice == null ? null : new ArrayList<>(choice);
    b.grammar = grammar;
    b.jsonObject = jsonObject;
    b.structuralTag = structuralTag;
    b.disableFallback = disableFallback;
    b.disableAnyWhitespace = disableAnyWhitespace;
    b.disableAdditionalProperties = disableAdditionalProperties;
    b.whitespacePattern = whitespacePattern;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the regular expression the output must match.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> regex() {
    return Optional.ofNullable(regex);
  }

  /**
   * Returns the strings of which the output must be exactly one.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<String> choice() {
    return choice == null ? List.of() : choice;
  }

  /**
   * Returns the context-free grammar (EBNF) the output must follow.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> grammar() {
    return Optional.ofNullable(grammar);
  }

  /**
   * Returns whether the output must be any JSON object.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> jsonObject() {
    return Optional.ofNullable(jsonObject);
  }

  /**
   * Returns the structural tag specification (a JSON string).
   *
   * @return the value, or empty when not set
   */
  public Optional<String> structuralTag() {
    return Optional.ofNullable(structuralTag);
  }

  /**
   * Returns whether vLLM may not fall back to another backend.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> disableFallback() {
    return Optional.ofNullable(disableFallback);
  }

  /**
   * Returns whether JSON output may contain no free whitespace.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> disableAnyWhitespace() {
    return Optional.ofNullable(disableAnyWhitespace);
  }

  /**
   * Returns whether JSON objects may not carry properties the schema does not list.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> disableAdditionalProperties() {
    return Optional.ofNullable(disableAdditionalProperties);
  }

  /**
   * Returns the whitespace pattern for JSON output.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> whitespacePattern() {
    return Optional.ofNullable(whitespacePattern);
  }

  /**
   * Returns properties the server sent that this class does not model; they are written back when
   * this value is serialized.
   *
   * @return an unmodifiable map of plain Java values
   */
  public Map<String, @Nullable Object> additionalProperties() {
    return Props.view(additionalProperties);
  }

  @JsonProperty("choice")
  private @Nullable List<String> choiceJson() {
    return choice;
  }

  @JsonProperty("choice")
  private void choiceJson(@Nullable List<String> value) {
    this.choice = value == null ? null : Props.wrap(value);
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
   * Returns the JSON schema constraint: a {@code Map} of plain Java values, or a {@code String}
   * holding the schema as JSON text.
   *
   * @return the schema, or empty when not set
   */
  public Optional<Object> json() {
    return Optional.ofNullable(json);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof StructuredOutputs)) {
      return false;
    }
    StructuredOutputs that = (StructuredOutputs) o;
    return Objects.equals(json, that.json)
        && Objects.equals(regex, that.regex)
        && Objects.equals(choice(), that.choice())
        && Objects.equals(grammar, that.grammar)
        && Objects.equals(jsonObject, that.jsonObject)
        && Objects.equals(structuralTag, that.structuralTag)
        && Objects.equals(disableFallback, that.disableFallback)
        && Objects.equals(disableAnyWhitespace, that.disableAnyWhitespace)
        && Objects.equals(disableAdditionalProperties, that.disableAdditionalProperties)
        && Objects.equals(whitespacePattern, that.whitespacePattern)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        json,
        regex,
        choice(),
        grammar,
        jsonObject,
        structuralTag,
        disableFallback,
        disableAnyWhitespace,
        disableAdditionalProperties,
        whitespacePattern,
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link StructuredOutputs} values. No field is required. */
  public static final class Builder {
    private @Nullable Object json;
    private @Nullable String regex;
    private @Nullable List<String> choice;
    private @Nullable String grammar;
    private @Nullable Boolean jsonObject;
    private @Nullable String structuralTag;
    private @Nullable Boolean disableFallback;
    private @Nullable Boolean disableAnyWhitespace;
    private @Nullable Boolean disableAdditionalProperties;
    private @Nullable String whitespacePattern;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the regular expression the output must match.
     *
     * @param regex the value, or {@code null} to unset
     * @return this builder
     */
    public Builder regex(@Nullable String regex) {
      this.regex = regex;
      return this;
    }

    /**
     * Replaces the strings of which the output must be exactly one.
     *
     * @param choice the values
     * @return this builder
     */
    public Builder choice(List<? extends String> choice) {
      this.choice = new ArrayList<>(Objects.requireNonNull(choice, "choice == null"));
      return this;
    }

    /**
     * Adds one of the strings of which the output must be exactly one.
     *
     * @param choice the value
     * @return this builder
     */
    public Builder addChoice(String choice) {
      if (this.choice == null) {
        this.choice = new ArrayList<>();
      }
      this.choice.add(Objects.requireNonNull(choice, "choice == null"));
      return this;
    }

    /**
     * Sets the context-free grammar (EBNF) the output must follow.
     *
     * @param grammar the value, or {@code null} to unset
     * @return this builder
     */
    public Builder grammar(@Nullable String grammar) {
      this.grammar = grammar;
      return this;
    }

    /**
     * Sets whether the output must be any JSON object.
     *
     * @param jsonObject the value
     * @return this builder
     */
    public Builder jsonObject(boolean jsonObject) {
      this.jsonObject = jsonObject;
      return this;
    }

    /**
     * Sets the structural tag specification (a JSON string).
     *
     * @param structuralTag the value, or {@code null} to unset
     * @return this builder
     */
    public Builder structuralTag(@Nullable String structuralTag) {
      this.structuralTag = structuralTag;
      return this;
    }

    /**
     * Sets whether vLLM may not fall back to another backend.
     *
     * @param disableFallback the value
     * @return this builder
     */
    public Builder disableFallback(boolean disableFallback) {
      this.disableFallback = disableFallback;
      return this;
    }

    /**
     * Sets whether JSON output may contain no free whitespace.
     *
     * @param disableAnyWhitespace the value
     * @return this builder
     */
    public Builder disableAnyWhitespace(boolean disableAnyWhitespace) {
      this.disableAnyWhitespace = disableAnyWhitespace;
      return this;
    }

    /**
     * Sets whether JSON objects may not carry properties the schema does not list.
     *
     * @param disableAdditionalProperties the value
     * @return this builder
     */
    public Builder disableAdditionalProperties(boolean disableAdditionalProperties) {
      this.disableAdditionalProperties = disableAdditionalProperties;
      return this;
    }

    /**
     * Sets the whitespace pattern for JSON output.
     *
     * @param whitespacePattern the value, or {@code null} to unset
     * @return this builder
     */
    public Builder whitespacePattern(@Nullable String whitespacePattern) {
      this.whitespacePattern = whitespacePattern;
      return this;
    }

    /**
     * Adds a property that this class does not model.
     *
     * @param key the JSON property name
     * @param value a plain Java value (map, list, string, number, boolean or null)
     * @return this builder
     */
    public Builder putAdditionalProperty(String key, @Nullable Object value) {
      additionalProperties.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Replaces all properties that this class does not model.
     *
     * @param additionalProperties the properties
     * @return this builder
     */
    public Builder additionalProperties(
        Map<String, ? extends @Nullable Object> additionalProperties) {
      this.additionalProperties.clear();
      this.additionalProperties.putAll(
          Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Sets the JSON schema the output must follow.
     *
     * @param schema the schema as plain Java values
     * @return this builder
     */
    public Builder json(Map<String, ?> schema) {
      this.json =
          Collections.unmodifiableMap(
              new LinkedHashMap<>(Objects.requireNonNull(schema, "schema == null")));
      return this;
    }

    /**
     * Sets the JSON schema the output must follow, as JSON text.
     *
     * @param schemaJson the schema as JSON text
     * @return this builder
     */
    public Builder json(String schemaJson) {
      this.json = Objects.requireNonNull(schemaJson, "schemaJson == null");
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public StructuredOutputs build() {
      int constraints =
          (json != null ? 1 : 0)
              + (regex != null ? 1 : 0)
              + (choice != null ? 1 : 0)
              + (grammar != null ? 1 : 0)
              + (Boolean.TRUE.equals(jsonObject) ? 1 : 0)
              + (structuralTag != null ? 1 : 0);
      if (constraints > 1) {
        throw new IllegalArgumentException(
            "structuredOutputs must set at most one of json, regex, choice, grammar, jsonObject,"
                + " structuralTag but set "
                + constraints);
      }
      return new StructuredOutputs(this);
    }
  }
}
