package dev.llmgateway.client.models;

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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A model served behind the gateway, as listed by {@code GET /v1/models}. LoRA adapters carry the
 * base model in {@link #parent()}. This class is immutable.
 */
@JsonPropertyOrder({
  "id",
  "object",
  "created",
  "owned_by",
  "root",
  "parent",
  "max_model_len",
  "permission"
})
public final class Model {

  @JsonProperty("id")
  private @Nullable String id;

  @JsonProperty("object")
  private @Nullable String object;

  @JsonProperty("created")
  private @Nullable Long created;

  @JsonProperty("owned_by")
  private @Nullable String ownedBy;

  @JsonProperty("root")
  private @Nullable String root;

  @JsonProperty("parent")
  private @Nullable String parent;

  @JsonProperty("max_model_len")
  private @Nullable Integer maxModelLen;

  private @Nullable List<Map<String, @Nullable Object>> permission;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private Model() {}

  private Model(Builder b) {
    this.id = b.id;
    this.object = b.object;
    this.created = b.created;
    this.ownedBy = b.ownedBy;
    this.root = b.root;
    this.parent = b.parent;
    this.maxModelLen = b.maxModelLen;
    this.permission = b.permission == null ? null : Props.copy(b.permission, "permission");
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
    b.ownedBy = ownedBy;
    b.root = root;
    b.parent = parent;
    b.maxModelLen = maxModelLen;
    b.permission = permission == null ? null : new ArrayList<>(permission);
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the model name to use in requests.
   *
   * @return the value, {@code &quot;&quot;} when absent
   */
  public String id() {
    return id == null ? "" : id;
  }

  /**
   * Returns the object type.
   *
   * @return the value, {@code &quot;model&quot;} when absent
   */
  public String object() {
    return object == null ? "model" : object;
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
   * Returns the owner, {@code vllm} for vLLM.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> ownedBy() {
    return Optional.ofNullable(ownedBy);
  }

  /**
   * Returns the model the server loaded (the base model path, or the adapter path).
   *
   * @return the value, or empty when not set
   */
  public Optional<String> root() {
    return Optional.ofNullable(root);
  }

  /**
   * Returns the base model of a LoRA adapter.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the context length in tokens.
   *
   * @return the value, or empty when not set
   */
  public OptionalInt maxModelLen() {
    return maxModelLen == null ? OptionalInt.empty() : OptionalInt.of(maxModelLen);
  }

  /**
   * Returns the permission objects, as plain Java values.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<Map<String, @Nullable Object>> permission() {
    return permission == null ? List.of() : permission;
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

  @JsonProperty("permission")
  private @Nullable List<Map<String, @Nullable Object>> permissionJson() {
    return permission;
  }

  @JsonProperty("permission")
  private void permissionJson(@Nullable List<Map<String, @Nullable Object>> value) {
    this.permission = value == null ? null : Props.wrap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Model)) {
      return false;
    }
    Model that = (Model) o;
    return Objects.equals(id, that.id)
        && Objects.equals(object, that.object)
        && Objects.equals(created, that.created)
        && Objects.equals(ownedBy, that.ownedBy)
        && Objects.equals(root, that.root)
        && Objects.equals(parent, that.parent)
        && Objects.equals(maxModelLen, that.maxModelLen)
        && Objects.equals(permission(), that.permission())
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        object,
        created,
        ownedBy,
        root,
        parent,
        maxModelLen,
        permission(),
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link Model} values. Required: {@code id}. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String object;
    private @Nullable Long created;
    private @Nullable String ownedBy;
    private @Nullable String root;
    private @Nullable String parent;
    private @Nullable Integer maxModelLen;
    private @Nullable List<Map<String, @Nullable Object>> permission;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the model name to use in requests.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
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
     * Sets the owner, {@code vllm} for vLLM.
     *
     * @param ownedBy the value, or {@code null} to unset
     * @return this builder
     */
    public Builder ownedBy(@Nullable String ownedBy) {
      this.ownedBy = ownedBy;
      return this;
    }

    /**
     * Sets the model the server loaded (the base model path, or the adapter path).
     *
     * @param root the value, or {@code null} to unset
     * @return this builder
     */
    public Builder root(@Nullable String root) {
      this.root = root;
      return this;
    }

    /**
     * Sets the base model of a LoRA adapter.
     *
     * @param parent the value, or {@code null} to unset
     * @return this builder
     */
    public Builder parent(@Nullable String parent) {
      this.parent = parent;
      return this;
    }

    /**
     * Sets the context length in tokens.
     *
     * @param maxModelLen the value
     * @return this builder
     */
    public Builder maxModelLen(int maxModelLen) {
      this.maxModelLen = maxModelLen;
      return this;
    }

    /**
     * Replaces the permission objects, as plain Java values.
     *
     * @param permission the values
     * @return this builder
     */
    public Builder permission(List<? extends Map<String, @Nullable Object>> permission) {
      this.permission = new ArrayList<>(Objects.requireNonNull(permission, "permission == null"));
      return this;
    }

    /**
     * Adds one of the permission objects, as plain Java values.
     *
     * @param permission the value
     * @return this builder
     */
    public Builder addPermission(Map<String, @Nullable Object> permission) {
      if (this.permission == null) {
        this.permission = new ArrayList<>();
      }
      this.permission.add(Objects.requireNonNull(permission, "permission == null"));
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
    public Model build() {
      Props.checkNotBlank("id", id);
      return new Model(this);
    }
  }
}
