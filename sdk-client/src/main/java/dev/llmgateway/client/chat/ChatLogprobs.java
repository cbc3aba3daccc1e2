package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.TokenLogprob;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Log probabilities of a chat choice ({@code logprobs}). This class is immutable. */
@JsonPropertyOrder({"content", "refusal"})
public final class ChatLogprobs {

  private @Nullable List<TokenLogprob> content;

  private @Nullable List<TokenLogprob> refusal;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ChatLogprobs() {}

  private ChatLogprobs(Builder b) {
    this.content = b.content == null ? null : Props.copy(b.content, "content");
    this.refusal = b.refusal == null ? null : Props.copy(b.refusal, "refusal");
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
    b.content = content == null ? null : new ArrayList<>(content);
    b.refusal = refusal == null ? null : new ArrayList<>(refusal);
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the log probabilities of the content tokens, in order.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<TokenLogprob> content() {
    return content == null ? List.of() : content;
  }

  /**
   * Returns the log probabilities of refusal tokens.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<TokenLogprob> refusal() {
    return refusal == null ? List.of() : refusal;
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

  @JsonProperty("content")
  private @Nullable List<TokenLogprob> contentJson() {
    return content;
  }

  @JsonProperty("content")
  private void contentJson(@Nullable List<TokenLogprob> value) {
    this.content = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("refusal")
  private @Nullable List<TokenLogprob> refusalJson() {
    return refusal;
  }

  @JsonProperty("refusal")
  private void refusalJson(@Nullable List<TokenLogprob> value) {
    this.refusal = value == null ? null : Props.wrap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ChatLogprobs)) {
      return false;
    }
    ChatLogprobs that = (ChatLogprobs) o;
    return Objects.equals(content(), that.content())
        && Objects.equals(refusal(), that.refusal())
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(content(), refusal(), Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChatLogprobs} values. No field is required. */
  public static final class Builder {
    private @Nullable List<TokenLogprob> content;
    private @Nullable List<TokenLogprob> refusal;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Replaces the log probabilities of the content tokens, in order.
     *
     * @param content the values
     * @return this builder
     */
    public Builder content(List<? extends TokenLogprob> content) {
      this.content = new ArrayList<>(Objects.requireNonNull(content, "content == null"));
      return this;
    }

    /**
     * Adds one of the log probabilities of the content tokens, in order.
     *
     * @param content the value
     * @return this builder
     */
    public Builder addContent(TokenLogprob content) {
      if (this.content == null) {
        this.content = new ArrayList<>();
      }
      this.content.add(Objects.requireNonNull(content, "content == null"));
      return this;
    }

    /**
     * Replaces the log probabilities of refusal tokens.
     *
     * @param refusal the values
     * @return this builder
     */
    public Builder refusal(List<? extends TokenLogprob> refusal) {
      this.refusal = new ArrayList<>(Objects.requireNonNull(refusal, "refusal == null"));
      return this;
    }

    /**
     * Adds one of the log probabilities of refusal tokens.
     *
     * @param refusal the value
     * @return this builder
     */
    public Builder addRefusal(TokenLogprob refusal) {
      if (this.refusal == null) {
        this.refusal = new ArrayList<>();
      }
      this.refusal.add(Objects.requireNonNull(refusal, "refusal == null"));
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
    public ChatLogprobs build() {
      return new ChatLogprobs(this);
    }
  }
}
