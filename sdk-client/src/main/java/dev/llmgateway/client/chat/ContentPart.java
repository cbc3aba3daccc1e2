package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One part of a multi-part chat message: text ({@code type: "text"}) or an image ({@code type:
 * "image_url"}). Other part types are kept as read. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableContentPart.class)
public abstract class ContentPart implements Extensible {

  ContentPart() {}

  /**
   * Returns the part type as set or sent; {@link #type()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("type")
  protected abstract @Nullable String typeRaw();

  /**
   * Returns the text of a text part.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("text")
  public abstract Optional<String> text();

  /**
   * Returns the image of an image part.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("image_url")
  public abstract Optional<ImageUrl> imageUrl();

  @Value.Check
  void check() {
    Checks.notBlank(typeRaw(), "type");
  }

  /**
   * Returns the part type, e.g. {@code text} or {@code image_url}.
   *
   * @return the value, {@code ""} when absent
   */
  public String type() {
    String type = typeRaw();
    return type != null ? type : "";
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

  /** Builds {@link ContentPart} values. Required: {@code type}. */
  public static final class Builder extends ImmutableContentPart.Builder {
    Builder() {}
  }
}
