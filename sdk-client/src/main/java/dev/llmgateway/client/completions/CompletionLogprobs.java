package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Log probabilities of a text completion choice ({@code logprobs}, legacy OpenAI shape). This class
 * is immutable.
 */
@JsonPropertyOrder({"text_offset", "token_logprobs", "tokens", "top_logprobs"})
public final class CompletionLogprobs {

  private @Nullable List<Integer> textOffset;

  private @Nullable List<@Nullable Double> tokenLogprobs;

  private @Nullable List<String> tokens;

  private @Nullable List<@Nullable Map<String, Double>> topLogprobs;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private CompletionLogprobs() {}

  private CompletionLogprobs(Builder b) {
    this.textOffset = b.textOffset == null ? null : Props.copy(b.textOffset, "textOffset");
    this.tokenLogprobs =
        b.tokenLogprobs == null ? null : Props.copyNullable(b.tokenLogprobs, "tokenLogprobs");
    this.tokens = b.tokens == null ? null : Props.copy(b.tokens, "tokens");
    this.topLogprobs =
        b.topLogprobs == null ? null : Props.copyNullable(b.topLogprobs, "topLogprobs");
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
    b.textOffset = textOffset == null ? null : new ArrayList<>(textOffset);
    b.tokenLogprobs = tokenLogprobs == null ? null : new ArrayList<>(tokenLogprobs);
    b.tokens = tokens == null ? null : new ArrayList<>(tokens);
    b.topLogprobs = topLogprobs == null ? null : new ArrayList<>(topLogprobs);
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the character offset of each token in the text.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<Integer> textOffset() {
    return textOffset == null ? List.of() : textOffset;
  }

  /**
   * Returns the log probability of each token (an element may be null).
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<@Nullable Double> tokenLogprobs() {
    return tokenLogprobs == null ? List.of() : tokenLogprobs;
  }

  /**
   * Returns the tokens.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<String> tokens() {
    return tokens == null ? List.of() : tokens;
  }

  /**
   * Returns per position, the most likely tokens with their log probabilities (an element may be
   * null).
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<@Nullable Map<String, Double>> topLogprobs() {
    return topLogprobs == null ? List.of() : topLogprobs;
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

  @JsonProperty("text_offset")
  private @Nullable List<Integer> textOffsetJson() {
    return textOffset;
  }

  @JsonProperty("text_offset")
  private void textOffsetJson(@Nullable List<Integer> value) {
    this.textOffset = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("token_logprobs")
  private @Nullable List<@Nullable Double> tokenLogprobsJson() {
    return tokenLogprobs;
  }

  @JsonProperty("token_logprobs")
  private void tokenLogprobsJson(@Nullable List<@Nullable Double> value) {
    this.tokenLogprobs = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("tokens")
  private @Nullable List<String> tokensJson() {
    return tokens;
  }

  @JsonProperty("tokens")
  private void tokensJson(@Nullable List<String> value) {
    this.tokens = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("top_logprobs")
  private @Nullable List<@Nullable Map<String, Double>> topLogprobsJson() {
    return topLogprobs;
  }

  @JsonProperty("top_logprobs")
  private void topLogprobsJson(@Nullable List<@Nullable Map<String, Double>> value) {
    this.topLogprobs = value == null ? null : Props.wrap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof CompletionLogprobs)) {
      return false;
    }
    CompletionLogprobs that = (CompletionLogprobs) o;
    return Objects.equals(textOffset(), that.textOffset())
        && Objects.equals(tokenLogprobs(), that.tokenLogprobs())
        && Objects.equals(tokens(), that.tokens())
        && Objects.equals(topLogprobs(), that.topLogprobs())
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        textOffset(),
        tokenLogprobs(),
        tokens(),
        topLogprobs(),
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link CompletionLogprobs} values. No field is required. */
  public static final class Builder {
    private @Nullable List<Integer> textOffset;
    private @Nullable List<@Nullable Double> tokenLogprobs;
    private @Nullable List<String> tokens;
    private @Nullable List<@Nullable Map<String, Double>> topLogprobs;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Replaces the character offset of each token in the text.
     *
     * @param textOffset the values
     * @return this builder
     */
    public Builder textOffset(List<? extends Integer> textOffset) {
      this.textOffset = new ArrayList<>(Objects.requireNonNull(textOffset, "textOffset == null"));
      return this;
    }

    /**
     * Adds one of the character offset of each token in the text.
     *
     * @param textOffset the value
     * @return this builder
     */
    public Builder addTextOffset(Integer textOffset) {
      if (this.textOffset == null) {
        this.textOffset = new ArrayList<>();
      }
      this.textOffset.add(Objects.requireNonNull(textOffset, "textOffset == null"));
      return this;
    }

    /**
     * Replaces the log probability of each token (an element may be null).
     *
     * @param tokenLogprobs the values
     * @return this builder
     */
    public Builder tokenLogprobs(List<? extends @Nullable Double> tokenLogprobs) {
      this.tokenLogprobs =
          new ArrayList<>(Objects.requireNonNull(tokenLogprobs, "tokenLogprobs == null"));
      return this;
    }

    /**
     * Adds one of the log probability of each token (an element may be null).
     *
     * @param tokenLogprob the value
     * @return this builder
     */
    public Builder addTokenLogprob(@Nullable Double tokenLogprob) {
      if (this.tokenLogprobs == null) {
        this.tokenLogprobs = new ArrayList<>();
      }
      this.tokenLogprobs.add(tokenLogprob);
      return this;
    }

    /**
     * Replaces the tokens.
     *
     * @param tokens the values
     * @return this builder
     */
    public Builder tokens(List<? extends String> tokens) {
      this.tokens = new ArrayList<>(Objects.requireNonNull(tokens, "tokens == null"));
      return this;
    }

    /**
     * Adds one of the tokens.
     *
     * @param token the value
     * @return this builder
     */
    public Builder addToken(String token) {
      if (this.tokens == null) {
        this.tokens = new ArrayList<>();
      }
      this.tokens.add(Objects.requireNonNull(token, "token == null"));
      return this;
    }

    /**
     * Replaces per position, the most likely tokens with their log probabilities (an element may be
     * null).
     *
     * @param topLogprobs the values
     * @return this builder
     */
    public Builder topLogprobs(List<? extends @Nullable Map<String, Double>> topLogprobs) {
      this.topLogprobs =
          new ArrayList<>(Objects.requireNonNull(topLogprobs, "topLogprobs == null"));
      return this;
    }

    /**
     * Adds one of per position, the most likely tokens with their log probabilities (an element may
     * be null).
     *
     * @param topLogprob the value
     * @return this builder
     */
    public Builder addTopLogprob(@Nullable Map<String, Double> topLogprob) {
      if (this.topLogprobs == null) {
        this.topLogprobs = new ArrayList<>();
      }
      this.topLogprobs.add(topLogprob);
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
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public CompletionLogprobs build() {
      return new CompletionLogprobs(this);
    }
  }
}
