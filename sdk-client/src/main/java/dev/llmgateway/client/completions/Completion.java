package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.CompletionEnvelope;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a text completion call ({@code object: "text_completion"}). When streaming {@code
 * /v1/completions}, each chunk is also a {@code Completion} whose choices carry the new text.
 * Tolerates missing {@code created} or {@code object} and {@code usage: null}. This class is
 * immutable.
 */
@JsonPropertyOrder({
  "id",
  "object",
  "created",
  "model",
  "choices",
  "usage",
  "system_fingerprint",
  "kv_transfer_params"
})
public final class Completion extends CompletionEnvelope {

  private @Nullable List<CompletionChoice> choices;

  private @Nullable Map<String, @Nullable Object> kvTransferParams;

  private Completion() {}

  private Completion(Builder b) {
    super(b);
    this.choices = b.choices == null ? null : Props.copy(b.choices, "choices");
    this.kvTransferParams = Props.copyOrNull(b.kvTransferParams);
  }

  @Override
  protected String defaultObject() {
    return "text_completion";
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
    Builder b = new Builder(this);
    b.choices = choices == null ? null : new ArrayList<>(choices);
    b.kvTransferParams = kvTransferParams == null ? null : new LinkedHashMap<>(kvTransferParams);
    return b;
  }

  /**
   * Returns the choices.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<CompletionChoice> choices() {
    return choices == null ? List.of() : choices;
  }

  /**
   * Returns vLLM's KV-cache transfer parameters (disaggregated serving).
   *
   * @return an unmodifiable map, empty when absent
   */
  public Map<String, @Nullable Object> kvTransferParams() {
    return Props.view(kvTransferParams);
  }

  @JsonProperty("choices")
  private @Nullable List<CompletionChoice> choicesJson() {
    return choices;
  }

  @JsonProperty("choices")
  private void choicesJson(@Nullable List<CompletionChoice> value) {
    this.choices = value == null ? null : Props.wrap(value);
  }

  @JsonProperty("kv_transfer_params")
  private @Nullable Map<String, @Nullable Object> kvTransferParamsJson() {
    return kvTransferParams;
  }

  @JsonProperty("kv_transfer_params")
  private void kvTransferParamsJson(@Nullable Map<String, @Nullable Object> value) {
    this.kvTransferParams = value == null ? null : Collections.unmodifiableMap(value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Completion)) {
      return false;
    }
    Completion that = (Completion) o;
    return envelopeEquals(that)
        && Objects.equals(choices(), that.choices())
        && Props.sameProps(kvTransferParams, that.kvTransferParams);
  }

  @Override
  public int hashCode() {
    return 31 * envelopeHashCode() + Objects.hash(choices(), Props.propsHash(kvTransferParams));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link Completion} values. No field is required. */
  public static final class Builder extends CompletionEnvelope.Builder<Builder> {
    private @Nullable List<CompletionChoice> choices;
    private @Nullable Map<String, @Nullable Object> kvTransferParams;

    private Builder() {}

    private Builder(Completion from) {
      super(from);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Replaces the choices.
     *
     * @param choices the values
     * @return this builder
     */
    public Builder choices(List<? extends CompletionChoice> choices) {
      this.choices = new ArrayList<>(Objects.requireNonNull(choices, "choices == null"));
      return this;
    }

    /**
     * Adds one of the choices.
     *
     * @param choice the value
     * @return this builder
     */
    public Builder addChoice(CompletionChoice choice) {
      if (this.choices == null) {
        this.choices = new ArrayList<>();
      }
      this.choices.add(Objects.requireNonNull(choice, "choice == null"));
      return this;
    }

    /**
     * Replaces vLLM's KV-cache transfer parameters (disaggregated serving).
     *
     * @param kvTransferParams the entries
     * @return this builder
     */
    public Builder kvTransferParams(Map<String, ? extends @Nullable Object> kvTransferParams) {
      this.kvTransferParams =
          new LinkedHashMap<>(Objects.requireNonNull(kvTransferParams, "kvTransferParams == null"));
      return this;
    }

    /**
     * Adds one entry to vLLM's KV-cache transfer parameters (disaggregated serving).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putKvTransferParam(String key, @Nullable Object value) {
      if (this.kvTransferParams == null) {
        this.kvTransferParams = new LinkedHashMap<>();
      }
      this.kvTransferParams.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public Completion build() {
      return new Completion(this);
    }
  }
}
