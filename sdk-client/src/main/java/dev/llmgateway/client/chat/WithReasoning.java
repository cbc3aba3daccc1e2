package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reasoning fields that a message and a stream delta share: vLLM's {@code reasoning} and the
 * older {@code reasoning_content}, declared once; {@link #reasoning()} reads either.
 */
@WireStyle
abstract class WithReasoning implements Extensible {

  WithReasoning() {}

  /**
   * Returns vLLM's {@code reasoning} as sent; {@link #reasoning()} is what to read.
   *
   * @return the value, or null when not sent
   */
  @JsonProperty("reasoning")
  protected abstract @Nullable String reasoningRaw();

  /**
   * Returns the older {@code reasoning_content} as sent; {@link #reasoning()} is what to read.
   *
   * @return the value, or null when not sent
   */
  @JsonProperty("reasoning_content")
  protected abstract @Nullable String reasoningContentRaw();

  /**
   * Returns the reasoning text of a reasoning model: vLLM's {@code reasoning}, or the older {@code
   * reasoning_content} when only that was sent.
   *
   * @return the reasoning, or empty when none was sent
   */
  public Optional<String> reasoning() {
    String reasoning = reasoningRaw();
    return Optional.ofNullable(reasoning != null ? reasoning : reasoningContentRaw());
  }
}
