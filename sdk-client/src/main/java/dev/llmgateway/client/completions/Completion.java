package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.common.CompletionEnvelope;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.WireStyle;
import dev.llmgateway.client.internal.json.WireValues;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The result of a text completion call ({@code object: "text_completion"}). When streaming {@code
 * /v1/completions}, each chunk is also a {@code Completion} whose choices carry the new text.
 * Tolerates missing {@code created} or {@code object} and {@code usage: null}. This class is
 * immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableCompletion.class)
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
public abstract class Completion extends CompletionEnvelope {

  Completion() {}

  /**
   * Returns the choices.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("choices")
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = WireValues.Absent.class)
  public abstract List<CompletionChoice> choices();

  /**
   * Returns vLLM's KV-cache transfer parameters (disaggregated serving).
   *
   * @return an unmodifiable map, empty when absent
   */
  @JsonProperty("kv_transfer_params")
  @AllowNulls
  public abstract Map<String, Object> kvTransferParams();

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
    return builder().from(this);
  }

  /** Builds {@link Completion} values. No field is required. */
  public static final class Builder extends ImmutableCompletion.Builder {
    Builder() {}
  }
}
