package dev.llmgateway.emulator;

import dev.llmgateway.client.internal.check.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the simulated model servers answer. Both modes are deterministic, so tests can assert on the
 * text and the token counts:
 *
 * <ul>
 *   <li>{@link #echo()} (the default): the words of the last user message (chat) or of the prompt
 *       (text completions);
 *   <li>{@link #fixedAnswer(String)}: the same answer to every request.
 * </ul>
 *
 * <p>Either way {@code max_tokens} cuts the answer (finish reason {@code length}) and a stop string
 * ends it early (finish reason {@code stop}, {@code stop_reason} the string). Immutable.
 */
public final class ResponseMode {
  private static final ResponseMode ECHO = new ResponseMode(null);

  private final @Nullable String fixedAnswer;

  private ResponseMode(@Nullable String fixedAnswer) {
    this.fixedAnswer = fixedAnswer;
  }

  /**
   * Returns echo mode.
   *
   * @return the mode
   */
  public static ResponseMode echo() {
    return ECHO;
  }

  /**
   * Returns fixed-answer mode.
   *
   * @param answer the answer to every request
   * @return the mode
   * @throws IllegalArgumentException when the answer is null
   */
  public static ResponseMode fixedAnswer(String answer) {
    return new ResponseMode(Checks.notNullArgument(answer, "answer"));
  }

  /**
   * Returns the fixed answer, or empty in echo mode.
   *
   * @return the answer
   */
  public Optional<String> fixedAnswer() {
    return Optional.ofNullable(fixedAnswer);
  }

  @Override
  public String toString() {
    return fixedAnswer == null ? "ResponseMode{echo}" : "ResponseMode{fixedAnswer}";
  }
}
