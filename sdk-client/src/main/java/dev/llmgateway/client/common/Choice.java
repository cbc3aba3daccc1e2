package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fields every choice of a response or stream chunk carries: index, finish reason, vLLM's stop
 * reason and the properties the SDK does not model. Each field is declared here once; the choice
 * classes add their payload (message, delta or text). Values are immutable.
 *
 * <p>Only the choice classes of the SDK extend this class; it is not meant to be extended
 * elsewhere.
 */
@WireStyle
public abstract class Choice implements Extensible {

  /** Creates the shared part of a choice class. */
  protected Choice() {}

  /**
   * Returns the index of this choice among the choices of the request ({@code n}), at least 0.
   *
   * @return the value, 0 when absent
   */
  @JsonProperty("index")
  @Value.Default
  public int index() {
    return 0;
  }

  /**
   * Returns why generation stopped ({@code stop}, {@code length}, {@code tool_calls}, vLLM's {@code
   * abort} or {@code error}, ...). A stream sends it with the last chunk of the choice.
   *
   * @return the value, or empty while the choice is still generating
   */
  @JsonProperty("finish_reason")
  public abstract Optional<FinishReason> finishReason();

  /**
   * Returns vLLM's stop reason: the stop string or token id that ended generation.
   *
   * @return the value, or empty when none matched
   */
  @JsonProperty("stop_reason")
  public abstract Optional<StopReason> stopReason();

  /**
   * Checks the shared fields; runs when a choice is built.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  @Value.Check
  protected void checkChoice() {
    Checks.nonNegative(index(), "index");
  }
}
