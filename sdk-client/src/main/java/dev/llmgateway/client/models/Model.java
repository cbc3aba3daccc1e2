package dev.llmgateway.client.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A model served behind the gateway, as listed by {@code GET /v1/models}. LoRA adapters carry the
 * base model in {@link #parent()}. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableModel.class)
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
public abstract class Model implements Extensible {

  Model() {}

  /**
   * Returns the model name to use in requests.
   *
   * @return the value, {@code ""} when absent
   */
  @JsonProperty("id")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public String id() {
    return "";
  }

  /**
   * Returns the object type as sent; {@link #object()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("object")
  protected abstract @Nullable String objectRaw();

  /**
   * Returns the creation time in seconds since the epoch.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("created")
  public abstract OptionalLong created();

  /**
   * Returns the owner, {@code vllm} for vLLM.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("owned_by")
  public abstract Optional<String> ownedBy();

  /**
   * Returns the model the server loaded (the base model path, or the adapter path).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("root")
  public abstract Optional<String> root();

  /**
   * Returns the base model of a LoRA adapter.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("parent")
  public abstract Optional<String> parent();

  /**
   * Returns the context length in tokens.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("max_model_len")
  public abstract OptionalInt maxModelLen();

  /**
   * Returns the permission objects, as plain Java values.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("permission")
  public abstract List<Map<String, Object>> permission();

  /**
   * Checks the fields; runs once, when a value is built.
   *
   * @throws IllegalArgumentException if a field is invalid (the message names it)
   */
  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
  }

  /**
   * Returns the object type.
   *
   * @return the value, {@code "model"} when absent
   */
  public String object() {
    String object = objectRaw();
    return object != null ? object : "model";
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

  /** Builds {@link Model} values. Required: {@code id}. */
  public static final class Builder extends ImmutableModel.Builder {
    Builder() {}
  }
}
