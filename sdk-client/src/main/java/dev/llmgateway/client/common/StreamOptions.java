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

/** Options of a streamed call ({@code stream_options}). This class is immutable. */
@JsonPropertyOrder({"include_usage", "continuous_usage_stats"})
public final class StreamOptions {

  @JsonProperty("include_usage")
  private @Nullable Boolean includeUsage;

  @JsonProperty("continuous_usage_stats")
  private @Nullable Boolean continuousUsageStats;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private StreamOptions() {}

  private StreamOptions(Builder b) {
    this.includeUsage = b.includeUsage;
    this.continuousUsageStats = b.continuousUsageStats;
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
    b.includeUsage = includeUsage;
    b.continuousUsageStats = continuousUsageStats;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns whether the server sends a final chunk with {@code usage} and no choices.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> includeUsage() {
    return Optional.ofNullable(includeUsage);
  }

  /**
   * Returns whether vLLM adds {@code usage} to every chunk.
   *
   * @return the value, or empty when not set
   */
  public Optional<Boolean> continuousUsageStats() {
    return Optional.ofNullable(continuousUsageStats);
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
   * Returns options that ask for a final usage chunk ({@code include_usage: true}).
   *
   * @return the options
   */
  public static StreamOptions includingUsage() {
    return builder().includeUsage(true).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof StreamOptions)) {
      return false;
    }
    StreamOptions that = (StreamOptions) o;
    return Objects.equals(includeUsage, that.includeUsage)
        && Objects.equals(continuousUsageStats, that.continuousUsageStats)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(includeUsage, continuousUsageStats, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link StreamOptions} values. No field is required. */
  public static final class Builder {
    private @Nullable Boolean includeUsage;
    private @Nullable Boolean continuousUsageStats;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets whether the server sends a final chunk with {@code usage} and no choices.
     *
     * @param includeUsage the value
     * @return this builder
     */
    public Builder includeUsage(boolean includeUsage) {
      this.includeUsage = includeUsage;
      return this;
    }

    /**
     * Sets whether vLLM adds {@code usage} to every chunk.
     *
     * @param continuousUsageStats the value
     * @return this builder
     */
    public Builder continuousUsageStats(boolean continuousUsageStats) {
      this.continuousUsageStats = continuousUsageStats;
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
    public StreamOptions build() {
      return new StreamOptions(this);
    }
  }
}
