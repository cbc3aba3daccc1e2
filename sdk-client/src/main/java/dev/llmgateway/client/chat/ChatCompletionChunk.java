package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One chunk of a streamed chat completion ({@code object: "chat.completion.chunk"}). The text of a
 * chunk is {@code chunk.choices().get(i).delta().content()}. With {@code
 * stream_options.include_usage} the last chunk has no choices and carries {@code usage}. This class
 * is immutable.
 */
@JsonPropertyOrder({"id", "object", "created", "model", "choices", "usage", "system_fingerprint"})
public final class ChatCompletionChunk {

  @JsonProperty("id")
  private @Nullable String id;

  @JsonProperty("object")
  private @Nullable String object;

  @JsonProperty("created")
  private @Nullable Long created;

  @JsonProperty("model")
  private @Nullable String model;

  private @Nullable List<ChunkChoice> choices;

  @JsonProperty("usage")
  private @Nullable Usage usage;

  @JsonProperty("system_fingerprint")
  private @Nullable String systemFingerprint;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ChatCompletionChunk() {}

  private ChatCompletionChunk(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.created = b.created;
    this.model = b.model;
    this.choices = b.choices == null ? null : Props.copy(b.choices, "choices");
    this.usage = b.usage;
    this.systemFingerprint = b.systemFingerprint;
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
    b.id = id;
    b.object = object;
    b.created = created;
    b.model = model;
    b.choices = choices == null ? null : new ArrayList<>(choices);
    b.usage = usage;
    b.systemFingerprint = systemFingerprint;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the completion id.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String id() {
    return id == null ? "" : id;
  }

  /**
   * Returns the object type.
   *
   * @return the value, {@code &quot;chat.completion.chunk&quot;} when absent
   */
  public String object() {
    return object == null ? "chat.completion.chunk" : object;
  }

  /**
   * Returns the creation time in seconds since the epoch.
   *
   * @return the value, or empty when not set
   */
  public OptionalLong created() {
    return created == null ? OptionalLong.empty() : OptionalLong.of(created);
  }

  /**
   * Returns the model that answers.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String model() {
    return model == null ? "" : model;
  }

  /**
   * Returns the choices in this chunk (empty in a usage-only chunk).
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<ChunkChoice> choices() {
    return choices == null ? List.of() : choices;
  }

  /**
   * Returns the token usage (last chunk, or every chunk with continuous usage stats).
   *
   * @return the value, or empty when not set
   */
  public Optional<Usage> usage() {
    return Optional.ofNullable(usage);
  }

  /**
   * Returns the backend configuration fingerprint.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> systemFingerprint() {
    return Optional.ofNullable(systemFingerprint);
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

  @JsonProperty("choices")
  private @Nullable List<ChunkChoice> choicesJson() {
    return choices;
  }

  @JsonProperty("choices")
  private void choicesJson(@Nullable List<ChunkChoice> value) {
    this.choices = value == null ? null : Props.wrap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ChatCompletionChunk)) {
      return false;
    }
    ChatCompletionChunk that = (ChatCompletionChunk) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(created, that.created)
        && Objects.equals(model, that.model)
        && Objects.equals(choices(), that.choices())
        && Objects.equals(usage, that.usage)
        && Objects.equals(systemFingerprint, that.systemFingerprint)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        created,
        model,
        choices(),
        usage,
        systemFingerprint,
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChatCompletionChunk} values. No field is required. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String object;
    private @Nullable Long created;
    private @Nullable String model;
    private @Nullable List<ChunkChoice> choices;
    private @Nullable Usage usage;
    private @Nullable String systemFingerprint;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the completion id.
     *
     * @param id the value, or {@code null} to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the object type.
     *
     * @param object the value, or {@code null} to unset
     * @return this builder
     */
    public Builder object(@Nullable String object) {
      this.object = object;
      return this;
    }

    /**
     * Sets the creation time in seconds since the epoch.
     *
     * @param created the value
     * @return this builder
     */
    public Builder created(long created) {
      this.created = created;
      return this;
    }

    /**
     * Sets the model that answers.
     *
     * @param model the value, or {@code null} to unset
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Replaces the choices in this chunk (empty in a usage-only chunk).
     *
     * @param choices the values
     * @return this builder
     */
    public Builder choices(List<? extends ChunkChoice> choices) {
      this.choices = new ArrayList<>(Objects.requireNonNull(choices, "choices == null"));
      return this;
    }

    /**
     * Adds one of the choices in this chunk (empty in a usage-only chunk).
     *
     * @param choice the value
     * @return this builder
     */
    public Builder addChoice(ChunkChoice choice) {
      if (this.choices == null) {
        this.choices = new ArrayList<>();
      }
      this.choices.add(Objects.requireNonNull(choice, "choice == null"));
      return this;
    }

    /**
     * Sets the token usage (last chunk, or every chunk with continuous usage stats).
     *
     * @param usage the value, or {@code null} to unset
     * @return this builder
     */
    public Builder usage(@Nullable Usage usage) {
      this.usage = usage;
      return this;
    }

    /**
     * Sets the backend configuration fingerprint.
     *
     * @param systemFingerprint the value, or {@code null} to unset
     * @return this builder
     */
    public Builder systemFingerprint(@Nullable String systemFingerprint) {
      this.systemFingerprint = systemFingerprint;
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
    public ChatCompletionChunk build() {
      return new ChatCompletionChunk(this);
    }
  }
}
