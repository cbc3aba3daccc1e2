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
 * One part of a multi-part chat message: text ({@code type: "text"}) or an image ({@code type:
 * "image_url"}). Other part types are kept as read. This class is immutable.
 */
@JsonPropertyOrder({"type", "text", "image_url"})
public final class ContentPart {

  @JsonProperty("type")
  private @Nullable String type;

  @JsonProperty("text")
  private @Nullable String text;

  @JsonProperty("image_url")
  private @Nullable ImageUrl imageUrl;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ContentPart() {}

  private ContentPart(Builder b) {
    this.type = b.type;
    this.text = b.text;
    this.imageUrl = b.imageUrl;
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
    b.type = type;
    b.text = text;
    b.imageUrl = imageUrl;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the part type, e.g. {@code text} or {@code image_url}.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String type() {
    return type == null ? "" : type;
  }

  /**
   * Returns the text of a text part.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * Returns the image of an image part.
   *
   * @return the value, or empty when not set
   */
  public Optional<ImageUrl> imageUrl() {
    return Optional.ofNullable(imageUrl);
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
   * Returns a text part.
   *
   * @param text the text
   * @return the part
   */
  public static ContentPart ofText(String text) {
    return builder().type("text").text(Objects.requireNonNull(text, "text == null")).build();
  }

  /**
   * Returns an image part for an URL or {@code data:} URL.
   *
   * @param url the image URL
   * @return the part
   */
  public static ContentPart ofImageUrl(String url) {
    return ofImageUrl(ImageUrl.of(url));
  }

  /**
   * Returns an image part.
   *
   * @param imageUrl the image reference
   * @return the part
   */
  public static ContentPart ofImageUrl(ImageUrl imageUrl) {
    return builder()
        .type("image_url")
        .imageUrl(Objects.requireNonNull(imageUrl, "imageUrl == null"))
        .build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ContentPart)) {
      return false;
    }
    ContentPart that = (ContentPart) o;
    return Objects.equals(type, that.type)
        && Objects.equals(text, that.text)
        && Objects.equals(imageUrl, that.imageUrl)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, text, imageUrl, Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ContentPart} values. Required: {@code type}. */
  public static final class Builder {
    private @Nullable String type;
    private @Nullable String text;
    private @Nullable ImageUrl imageUrl;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the part type, e.g. {@code text} or {@code image_url}.
     *
     * @param type the value
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the text of a text part.
     *
     * @param text the value, or {@code null} to unset
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets the image of an image part.
     *
     * @param imageUrl the value, or {@code null} to unset
     * @return this builder
     */
    public Builder imageUrl(@Nullable ImageUrl imageUrl) {
      this.imageUrl = imageUrl;
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
    public ContentPart build() {
      Checks.notBlank(type, "type");
      return new ContentPart(this);
    }
  }
}
