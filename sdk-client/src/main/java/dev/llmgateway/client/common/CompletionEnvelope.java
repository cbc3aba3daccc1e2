package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.json.Props;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The envelope fields that every completion response and stream chunk carries around its choices:
 * id, object type, creation time, model, usage, system fingerprint and the properties the SDK does
 * not model (kept and written back). Each field, accessor and builder setter is written here once;
 * the response classes add their choices and own fields. Values are immutable.
 *
 * <p>Only {@code dev.llmgateway.client.chat.ChatCompletion}, {@code
 * dev.llmgateway.client.chat.ChatCompletionChunk} and {@code
 * dev.llmgateway.client.completions.Completion} extend this class; it is not meant to be extended
 * elsewhere. Each subclass lists the JSON order of all its properties, these included.
 */
public abstract class CompletionEnvelope {

  @JsonProperty("id")
  private @Nullable String id;

  @JsonProperty("object")
  private @Nullable String object;

  @JsonProperty("created")
  private @Nullable Long created;

  @JsonProperty("model")
  private @Nullable String model;

  @JsonProperty("usage")
  private @Nullable Usage usage;

  @JsonProperty("system_fingerprint")
  private @Nullable String systemFingerprint;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  /** Creates an empty value; Jackson fills the fields when it parses a response. */
  protected CompletionEnvelope() {}

  /**
   * Creates a value from the envelope fields of a builder, copying its map.
   *
   * @param b the builder
   */
  protected CompletionEnvelope(Builder<?> b) {
    this.id = b.id;
    this.object = b.object;
    this.created = b.created;
    this.model = b.model;
    this.usage = b.usage;
    this.systemFingerprint = b.systemFingerprint;
    this.additionalProperties = Props.copyOrNull(b.additionalProperties);
  }

  /**
   * Returns the object type of the concrete class, used when the JSON has none.
   *
   * @return the object type, e.g. {@code chat.completion}
   */
  protected abstract String defaultObject();

  /**
   * Returns the completion id.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String id() {
    return id == null ? "" : id;
  }

  /**
   * Returns the object type: {@code chat.completion}, {@code chat.completion.chunk} or {@code
   * text_completion}.
   *
   * @return the value, or the type the concrete class stands for when absent
   */
  public String object() {
    return object == null ? defaultObject() : object;
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
   * Returns the model that generates the output.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String model() {
    return model == null ? "" : model;
  }

  /**
   * Returns the token usage. A stream carries it in its last chunk, or in every chunk with
   * continuous usage stats.
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

  /**
   * Returns whether the envelope fields of this value equal those of another.
   *
   * @param that the other value
   * @return true when every envelope field is equal
   */
  protected final boolean envelopeEquals(CompletionEnvelope that) {
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(created, that.created)
        && Objects.equals(model, that.model)
        && Objects.equals(usage, that.usage)
        && Objects.equals(systemFingerprint, that.systemFingerprint)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  /**
   * Returns a hash code of the envelope fields, consistent with {@link
   * #envelopeEquals(CompletionEnvelope)}.
   *
   * @return the hash code
   */
  protected final int envelopeHashCode() {
    return Objects.hash(
        id,
        object,
        created,
        model,
        usage,
        systemFingerprint,
        Props.propsHash(additionalProperties));
  }

  /**
   * Builds the envelope fields of a response. Setters return the concrete builder, so calls chain
   * with the subclass's own setters. No field is required.
   *
   * @param <B> the concrete builder type
   */
  public abstract static class Builder<B extends Builder<B>> {
    private @Nullable String id;
    private @Nullable String object;
    private @Nullable Long created;
    private @Nullable String model;
    private @Nullable Usage usage;
    private @Nullable String systemFingerprint;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    /** Creates an empty builder. */
    protected Builder() {}

    /**
     * Creates a builder initialised with the envelope fields of a value.
     *
     * @param from the value to copy
     */
    protected Builder(CompletionEnvelope from) {
      this.id = from.id;
      this.object = from.object;
      this.created = from.created;
      this.model = from.model;
      this.usage = from.usage;
      this.systemFingerprint = from.systemFingerprint;
      if (from.additionalProperties != null) {
        this.additionalProperties.putAll(from.additionalProperties);
      }
    }

    /**
     * Returns this builder as its concrete type.
     *
     * @return this builder
     */
    protected abstract B self();

    /**
     * Sets the completion id.
     *
     * @param id the value, or {@code null} to unset
     * @return this builder
     */
    public B id(@Nullable String id) {
      this.id = id;
      return self();
    }

    /**
     * Sets the object type.
     *
     * @param object the value, or {@code null} to unset
     * @return this builder
     */
    public B object(@Nullable String object) {
      this.object = object;
      return self();
    }

    /**
     * Sets the creation time in seconds since the epoch.
     *
     * @param created the value
     * @return this builder
     */
    public B created(long created) {
      this.created = created;
      return self();
    }

    /**
     * Sets the model that generates the output.
     *
     * @param model the value, or {@code null} to unset
     * @return this builder
     */
    public B model(@Nullable String model) {
      this.model = model;
      return self();
    }

    /**
     * Sets the token usage. A stream carries it in its last chunk, or in every chunk with
     * continuous usage stats.
     *
     * @param usage the value, or {@code null} to unset
     * @return this builder
     */
    public B usage(@Nullable Usage usage) {
      this.usage = usage;
      return self();
    }

    /**
     * Sets the backend configuration fingerprint.
     *
     * @param systemFingerprint the value, or {@code null} to unset
     * @return this builder
     */
    public B systemFingerprint(@Nullable String systemFingerprint) {
      this.systemFingerprint = systemFingerprint;
      return self();
    }

    /**
     * Adds a property that this class does not model.
     *
     * @param key the JSON property name
     * @param value a plain Java value (map, list, string, number, boolean or null)
     * @return this builder
     */
    public B putAdditionalProperty(String key, @Nullable Object value) {
      additionalProperties.put(Objects.requireNonNull(key, "key == null"), value);
      return self();
    }

    /**
     * Replaces all properties that this class does not model.
     *
     * @param additionalProperties the properties
     * @return this builder
     */
    public B additionalProperties(Map<String, ? extends @Nullable Object> additionalProperties) {
      this.additionalProperties.clear();
      this.additionalProperties.putAll(
          Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return self();
    }
  }
}
