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
import org.jspecify.annotations.Nullable;

/** Breakdown of prompt tokens ({@code usage.prompt_tokens_details}). This class is immutable. */
@JsonPropertyOrder({"cached_tokens"})
public final class PromptTokensDetails {

  @JsonProperty("cached_tokens")
  private int cachedTokens;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private PromptTokensDetails() {}

  private PromptTokensDetails(Builder b) {
    this.cachedTokens = b.cachedTokens;
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
    b.cachedTokens = cachedTokens;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the number of prompt tokens served from the prefix cache (0 when not sent).
   *
   * @return the value
   */
  public int cachedTokens() {
    return cachedTokens;
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

  /**
   * Returns details with the given number of cached prompt tokens.
   *
   * @param cachedTokens prompt tokens served from the prefix cache
   * @return the details
   */
  public static PromptTokensDetails of(int cachedTokens) {
    return builder().cachedTokens(cachedTokens).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof PromptTokensDetails)) {
      return false;
    }
    PromptTokensDetails that = (PromptTokensDetails) o;
    return cachedTokens == that.cachedTokens
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cachedTokens, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link PromptTokensDetails} values. No field is required. */
  public static final class Builder {
    private int cachedTokens;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the number of prompt tokens served from the prefix cache (0 when not sent).
     *
     * @param cachedTokens the value
     * @return this builder
     */
    public Builder cachedTokens(int cachedTokens) {
      this.cachedTokens = cachedTokens;
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
    public PromptTokensDetails build() {
      Props.checkNonNegative("cachedTokens", cachedTokens);
      return new PromptTokensDetails(this);
    }
  }
}
