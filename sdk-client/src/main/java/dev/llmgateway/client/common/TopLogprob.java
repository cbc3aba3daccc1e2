package dev.llmgateway.client.common;

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
 * One of the most likely tokens at a position, with its log probability. This class is immutable.
 */
@JsonPropertyOrder({"token", "logprob", "bytes"})
public final class TopLogprob {

  @JsonProperty("token")
  private @Nullable String token;

  @JsonProperty("logprob")
  private double logprob;

  private @Nullable List<Integer> bytes;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private TopLogprob() {}

  private TopLogprob(Builder b) {
    this.token = b.token;
    this.logprob = b.logprob;
    this.bytes = b.bytes == null ? null : Props.copy(b.bytes, "bytes");
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
    b.token = token;
    b.logprob = logprob;
    b.bytes = bytes == null ? null : new ArrayList<>(bytes);
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the token text.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String token() {
    return token == null ? "" : token;
  }

  /**
   * Returns the log probability (vLLM sends -9999.0 for minus infinity).
   *
   * @return the value
   */
  public double logprob() {
    return logprob;
  }

  /**
   * Returns the UTF-8 bytes of the token.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<Integer> bytes() {
    return bytes == null ? List.of() : bytes;
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

  @JsonProperty("bytes")
  private @Nullable List<Integer> bytesJson() {
    return bytes;
  }

  @JsonProperty("bytes")
  private void bytesJson(@Nullable List<Integer> value) {
    this.bytes = value == null ? null : Props.wrap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof TopLogprob)) {
      return false;
    }
    TopLogprob that = (TopLogprob) o;
    return Objects.equals(token, that.token)
        && Double.compare(logprob, that.logprob) == 0
        && Objects.equals(bytes(), that.bytes())
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, logprob, bytes(), Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link TopLogprob} values. No field is required. */
  public static final class Builder {
    private @Nullable String token;
    private double logprob;
    private @Nullable List<Integer> bytes;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the token text.
     *
     * @param token the value, or {@code null} to unset
     * @return this builder
     */
    public Builder token(@Nullable String token) {
      this.token = token;
      return this;
    }

    /**
     * Sets the log probability (vLLM sends -9999.0 for minus infinity).
     *
     * @param logprob the value
     * @return this builder
     */
    public Builder logprob(double logprob) {
      this.logprob = logprob;
      return this;
    }

    /**
     * Replaces the UTF-8 bytes of the token.
     *
     * @param bytes the values
     * @return this builder
     */
    public Builder bytes(List<? extends Integer> bytes) {
      this.bytes = new ArrayList<>(Objects.requireNonNull(bytes, "bytes == null"));
      return this;
    }

    /**
     * Adds one of the UTF-8 bytes of the token.
     *
     * @param byteValue the value
     * @return this builder
     */
    public Builder addByteValue(Integer byteValue) {
      if (this.bytes == null) {
        this.bytes = new ArrayList<>();
      }
      this.bytes.add(Objects.requireNonNull(byteValue, "byteValue == null"));
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
    public TopLogprob build() {
      return new TopLogprob(this);
    }
  }
}
