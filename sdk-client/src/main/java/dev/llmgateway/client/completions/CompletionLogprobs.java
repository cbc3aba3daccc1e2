package dev.llmgateway.client.completions;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.json.AllowNulls;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Log probabilities of a text completion choice ({@code logprobs}, legacy OpenAI shape). This class
 * is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableCompletionLogprobs.class)
public abstract class CompletionLogprobs implements Extensible {

  CompletionLogprobs() {}

  /**
   * Returns the character offset of each token in the text.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("text_offset")
  public abstract List<Integer> textOffset();

  /**
   * Returns the log probability of each token (an element may be null).
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("token_logprobs")
  @AllowNulls
  public abstract List<@Nullable Double> tokenLogprobs();

  /**
   * Returns the tokens.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("tokens")
  public abstract List<String> tokens();

  /**
   * Returns per position, the most likely tokens with their log probabilities (an element may be
   * null).
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("top_logprobs")
  @AllowNulls
  public abstract List<@Nullable Map<String, Double>> topLogprobs();

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

  /** Builds {@link CompletionLogprobs} values. No field is required. */
  public static final class Builder extends ImmutableCompletionLogprobs.Builder {
    Builder() {}
  }
}
