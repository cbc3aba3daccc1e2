package dev.llmgateway.client.chat;

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
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a chat completion call ({@code object: "chat.completion"}), also what {@link
 * ChatCompletionAccumulator} builds from a stream. Tolerates vLLM's variations: missing {@code
 * created} or {@code object}, {@code usage: null}; {@code prompt_logprobs} and {@code
 * kv_transfer_params} are kept. This class is immutable.
 */
@JsonPropertyOrder({
  "id",
  "object",
  "created",
  "model",
  "choices",
  "usage",
  "system_fingerprint",
  "prompt_logprobs",
  "kv_transfer_params"
})
public final class ChatCompletion extends CompletionEnvelope {

  private @Nullable List<ChatChoice> choices;

  @JsonProperty("prompt_logprobs")
  private @Nullable Object promptLogprobs;

  private @Nullable Map<String, @Nullable Object> kvTransferParams;

  private ChatCompletion() {}

  private ChatCompletion(Builder b) {
    super(b);
    this.choices = b.choices == null ? null : Props.copy(b.choices, "choices");
    this.promptLogprobs = b.promptLogprobs;
    this.kvTransferParams = Props.copyOrNull(b.kvTransferParams);
  }

  @Override
  protected String defaultObject() {
    return "chat.completion";
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
    b.promptLogprobs = promptLogprobs;
    b.kvTransferParams = kvTransferParams == null ? null : new LinkedHashMap<>(kvTransferParams);
    return b;
  }

  /**
   * Returns the choices.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<ChatChoice> choices() {
    return choices == null ? List.of() : choices;
  }

  /**
   * Returns vLLM's log probabilities of the prompt tokens.
   *
   * @return the value as plain Java values (maps, lists, strings, numbers, booleans), or empty
   */
  public Optional<Object> promptLogprobs() {
    return Optional.ofNullable(promptLogprobs);
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
  private @Nullable List<ChatChoice> choicesJson() {
    return choices;
  }

  @JsonProperty("choices")
  private void choicesJson(@Nullable List<ChatChoice> value) {
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
    if (!(o instanceof ChatCompletion)) {
      return false;
    }
    ChatCompletion that = (ChatCompletion) o;
    return envelopeEquals(that)
        && Objects.equals(choices(), that.choices())
        && Objects.equals(promptLogprobs, that.promptLogprobs)
        && Props.sameProps(kvTransferParams, that.kvTransferParams);
  }

  @Override
  public int hashCode() {
    return 31 * envelopeHashCode()
        + Objects.hash(choices(), promptLogprobs, Props.propsHash(kvTransferParams));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChatCompletion} values. No field is required. */
  public static final class Builder extends CompletionEnvelope.Builder<Builder> {
    private @Nullable List<ChatChoice> choices;
    private @Nullable Object promptLogprobs;
    private @Nullable Map<String, @Nullable Object> kvTransferParams;

    private Builder() {}

    private Builder(ChatCompletion from) {
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
    public Builder choices(List<? extends ChatChoice> choices) {
      this.choices = new ArrayList<>(Objects.requireNonNull(choices, "choices == null"));
      return this;
    }

    /**
     * Adds one of the choices.
     *
     * @param choice the value
     * @return this builder
     */
    public Builder addChoice(ChatChoice choice) {
      if (this.choices == null) {
        this.choices = new ArrayList<>();
      }
      this.choices.add(Objects.requireNonNull(choice, "choice == null"));
      return this;
    }

    /**
     * Sets vLLM's log probabilities of the prompt tokens.
     *
     * @param promptLogprobs the value, or {@code null} to unset
     * @return this builder
     */
    public Builder promptLogprobs(@Nullable Object promptLogprobs) {
      this.promptLogprobs = promptLogprobs;
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
    public ChatCompletion build() {
      return new ChatCompletion(this);
    }
  }
}
