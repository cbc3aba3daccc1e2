package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Token usage of a call ({@code usage}). Counts the server omits read as 0. This class is
 * immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableUsage.class)
public abstract class Usage implements Extensible {

  Usage() {}

  /**
   * Returns the number of prompt tokens.
   *
   * @return the value
   */
  @JsonProperty("prompt_tokens")
  @Value.Default
  public int promptTokens() {
    return 0;
  }

  /**
   * Returns the total number of tokens.
   *
   * @return the value
   */
  @JsonProperty("total_tokens")
  @Value.Default
  public int totalTokens() {
    return 0;
  }

  /**
   * Returns the number of generated tokens.
   *
   * @return the value
   */
  @JsonProperty("completion_tokens")
  @Value.Default
  public int completionTokens() {
    return 0;
  }

  /**
   * Returns the breakdown of prompt tokens (cached tokens).
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("prompt_tokens_details")
  public abstract Optional<PromptTokensDetails> promptTokensDetails();

  /**
   * Checks the fields; runs once, when a value is built.
   *
   * @throws IllegalArgumentException if a field is invalid (the message names it)
   */
  @Value.Check
  void check() {
    Checks.nonNegative(promptTokens(), "promptTokens");
    Checks.nonNegative(totalTokens(), "totalTokens");
    Checks.nonNegative(completionTokens(), "completionTokens");
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

  /** Builds {@link Usage} values. No field is required; counts must be >= 0. */
  public static final class Builder extends ImmutableUsage.Builder {
    Builder() {}
  }
}
