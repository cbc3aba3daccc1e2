package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Token usage of a call ({@code usage}). Counts the server omits read as 0. This class is
 * immutable.
 */
@JsonPropertyOrder({"prompt_tokens", "total_tokens", "completion_tokens", "prompt_tokens_details"})
public final class Usage {

  @JsonProperty("prompt_tokens")
  private int promptTokens;

  @JsonProperty("total_tokens")
  private int totalTokens;

  @JsonProperty("completion_tokens")
  private int completionTokens;

  @JsonProperty("prompt_tokens_details")
  private @Nullable PromptTokensDetails promptTokensDetails;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private Usage() {}

  private Usage(Builder b) {
    this.promptTokens = b.promptTokens;
    this.totalTokens = b.totalTokens;
    this.completionTokens = b.completionTokens;
    this.promptTokensDetails = b.promptTokensDetails;
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
    b.promptTokens = promptTokens;
    b.totalTokens = totalTokens;
    b.completionTokens = completionTokens;
    b.promptTokensDetails = promptTokensDetails;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the number of prompt tokens.
   *
   * @return the value
   */
  public int promptTokens() {
    return promptTokens;
  }

  /**
   * Returns the total number of tokens.
   *
   * @return the value
   */
  public int totalTokens() {
    return totalTokens;
  }

  /**
   * Returns the number of generated tokens.
   *
   * @return the value
   */
  public int completionTokens() {
    return completionTokens;
  }

  /**
   * Returns the breakdown of prompt tokens (cached tokens).
   *
   * @return the value, or empty when not set
   */
  public Optional<PromptTokensDetails> promptTokensDetails() {
    return Optional.ofNullable(promptTokensDetails);
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

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Usage)) {
      return false;
    }
    Usage that = (Usage) o;
    return promptTokens == that.promptTokens
        && totalTokens == that.totalTokens
        && completionTokens == that.completionTokens
        && Objects.equals(promptTokensDetails, that.promptTokensDetails)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        promptTokens,
        totalTokens,
        completionTokens,
        promptTokensDetails,
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link Usage} values. No field is required. */
  public static final class Builder {
    private int promptTokens;
    private int totalTokens;
    private int completionTokens;
    private @Nullable PromptTokensDetails promptTokensDetails;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the number of prompt tokens.
     *
     * @param promptTokens the value
     * @return this builder
     */
    public Builder promptTokens(int promptTokens) {
      this.promptTokens = promptTokens;
      return this;
    }

    /**
     * Sets the total number of tokens.
     *
     * @param totalTokens the value
     * @return this builder
     */
    public Builder totalTokens(int totalTokens) {
      this.totalTokens = totalTokens;
      return this;
    }

    /**
     * Sets the number of generated tokens.
     *
     * @param completionTokens the value
     * @return this builder
     */
    public Builder completionTokens(int completionTokens) {
      this.completionTokens = completionTokens;
      return this;
    }

    /**
     * Sets the breakdown of prompt tokens (cached tokens).
     *
     * @param promptTokensDetails the value, or {@code null} to unset
     * @return this builder
     */
    public Builder promptTokensDetails(@Nullable PromptTokensDetails promptTokensDetails) {
      this.promptTokensDetails = promptTokensDetails;
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
    public Usage build() {
      Props.checkNonNegative("promptTokens", promptTokens);
      Props.checkNonNegative("totalTokens", totalTokens);
      Props.checkNonNegative("completionTokens", completionTokens);
      return new Usage(this);
    }
  }
}
