package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The image of an {@code image_url} content part: an URL or a {@code data:} URL. This class is
 * immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableImageUrl.class)
public abstract class ImageUrl implements Extensible {

  ImageUrl() {}

  /**
   * Returns the URL as set or sent; {@link #url()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("url")
  protected abstract @Nullable String urlRaw();

  /**
   * Returns the detail level ({@code low}, {@code high}, {@code auto}).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("detail")
  public abstract Optional<String> detail();

  @Value.Check
  void check() {
    Checks.notBlank(urlRaw(), "url");
  }

  /**
   * Returns the image URL or {@code data:} URL.
   *
   * @return the value, {@code ""} when absent
   */
  public String url() {
    String url = urlRaw();
    return url != null ? url : "";
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

  /** Builds {@link ImageUrl} values. Required: {@code url}. */
  public static final class Builder extends ImmutableImageUrl.Builder {
    Builder() {}
  }
}
