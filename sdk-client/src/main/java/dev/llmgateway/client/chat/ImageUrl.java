package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The image of an {@code image_url} content part: an URL or a {@code data:} URL. This class is
 * immutable.
 */
@JsonPropertyOrder({"url", "detail"})
public final class ImageUrl {

  @JsonProperty("url")
  private @Nullable String url;

  @JsonProperty("detail")
  private @Nullable String detail;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ImageUrl() {}

  private ImageUrl(Builder b) {
    this.url = b.url;
    this.detail = b.detail;
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
    b.url = url;
    b.detail = detail;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the image URL or {@code data:} URL.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String url() {
    return url == null ? "" : url;
  }

  /**
   * Returns the detail level ({@code low}, {@code high}, {@code auto}).
   *
   * @return the value, or empty when not set
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
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
   * Returns an image reference for a URL.
   *
   * @param url the URL or {@code data:} URL
   * @return the image reference
   */
  public static ImageUrl of(String url) {
    return builder().url(url).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ImageUrl)) {
      return false;
    }
    ImageUrl that = (ImageUrl) o;
    return Objects.equals(url, that.url)
        && Objects.equals(detail, that.detail)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, detail, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ImageUrl} values. Required: {@code url}. */
  public static final class Builder {
    private @Nullable String url;
    private @Nullable String detail;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the image URL or {@code data:} URL.
     *
     * @param url the value
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the detail level ({@code low}, {@code high}, {@code auto}).
     *
     * @param detail the value, or {@code null} to unset
     * @return this builder
     */
    public Builder detail(@Nullable String detail) {
      this.detail = detail;
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
    public ImageUrl build() {
      Checks.notBlank(url, "url");
      return new ImageUrl(this);
    }
  }
}
