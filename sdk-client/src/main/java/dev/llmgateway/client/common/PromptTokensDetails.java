package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Breakdown of prompt tokens ({@code usage.prompt_tokens_details}). This class is immutable. */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutablePromptTokensDetails.class)
public abstract class PromptTokensDetails implements Extensible {

  PromptTokensDetails() {}

  /**
   * Returns the number of prompt tokens served from the prefix cache (0 when not sent).
   *
   * @return the value
   */
  @JsonProperty("cached_tokens")
  @Value.Default
  public int cachedTokens() {
    return 0;
  }

  /**
   * Checks the fields; runs once, when a value is built.
   *
   * @throws IllegalArgumentException if a field is invalid (the message names it)
   */
  @Value.Check
  void check() {
    Checks.nonNegative(cachedTokens(), "cachedTokens");
  }

  /**
   * Returns details with the given number of cached prompt tokens.
   *
   * @param cachedTokens prompt tokens served from the prefix cache
   * @return the details
   */
  public static PromptTokensDetails of(int cachedTokens) {
    return builder().cachedTokens(cachedTokens).build();
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

  /**
   * Builds {@link PromptTokensDetails} values. No field is required; {@code cachedTokens} must be
   * >= 0.
   */
  public static final class Builder extends ImmutablePromptTokensDetails.Builder {
    Builder() {}
  }
}
