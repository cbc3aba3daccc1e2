package dev.llmgateway.client.internal.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.models.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The {@code /v1/models} envelope {@code {"object":"list","data":[...]}}. */
@JsonPropertyOrder({"object", "data"})
public final class ModelList {

  @JsonProperty("object")
  private @Nullable String object;

  private @Nullable List<Model> data;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ModelList() {}

  private ModelList(Builder b) {
    this.object = b.object;
    this.data = b.data == null ? null : Props.copy(b.data, "data");
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
    b.object = object;
    b.data = data == null ? null : new ArrayList<>(data);
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the object type.
   *
   * @return the value, {@code &quot;list&quot;} when absent
   */
  public String object() {
    return object == null ? "list" : object;
  }

  /**
   * Returns whether the body had a {@code data} array (possibly empty), which a model list has and
   * an error document or {@code {}} has not.
   *
   * @return whether {@code data} was present
   */
  public boolean hasData() {
    return data != null;
  }

  /**
   * Returns the models.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<Model> data() {
    return data == null ? List.of() : data;
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

  @JsonProperty("data")
  private @Nullable List<Model> dataJson() {
    return data;
  }

  @JsonProperty("data")
  private void dataJson(@Nullable List<Model> value) {
    this.data = value == null ? null : Props.wrap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ModelList)) {
      return false;
    }
    ModelList that = (ModelList) o;
    return Objects.equals(object, that.object)
        && Objects.equals(data(), that.data())
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, data(), Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ModelList} values. No field is required. */
  public static final class Builder {
    private @Nullable String object;
    private @Nullable List<Model> data;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

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
     * Replaces the models.
     *
     * @param data the values
     * @return this builder
     */
    public Builder data(List<? extends Model> data) {
      this.data = new ArrayList<>(Objects.requireNonNull(data, "data == null"));
      return this;
    }

    /**
     * Adds one of the models.
     *
     * @param model the value
     * @return this builder
     */
    public Builder addModel(Model model) {
      if (this.data == null) {
        this.data = new ArrayList<>();
      }
      this.data.add(Objects.requireNonNull(model, "model == null"));
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
    public ModelList build() {
      return new ModelList(this);
    }
  }
}
