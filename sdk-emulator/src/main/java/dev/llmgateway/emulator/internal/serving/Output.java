package dev.llmgateway.emulator.internal.serving;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one request generates, decided before generation starts (the emulator is deterministic): the
 * output tokens and why generation ends.
 *
 * @param pieces the output tokens, which concatenate to the output text
 * @param finishReason {@code stop} or {@code length}
 * @param stopReason the stop string that ended the output, or null (end of the answer or length)
 */
public record Output(List<String> pieces, String finishReason, @Nullable String stopReason) {

  /**
   * Plans the output for an answer: cut at the earliest stop string, then at {@code maxTokens}
   * tokens. A stop string that would only appear after the token limit does not count, as in vLLM,
   * where generation ends at whichever comes first.
   *
   * @param answer the full answer (echoed words or the fixed answer)
   * @param maxTokens the token limit
   * @param stops the stop strings
   * @return the output
   */
  public static Output plan(String answer, int maxTokens, List<String> stops) {
    int cut = -1;
    String matched = null;
    for (String stop : stops) {
      int at = answer.indexOf(stop);
      if (at >= 0 && (cut < 0 || at < cut)) {
        cut = at;
        matched = stop;
      }
    }
    String text = cut >= 0 ? answer.substring(0, cut) : answer;
    List<String> pieces = Tokenizer.pieces(text);
    if (pieces.size() > maxTokens) {
      return new Output(List.copyOf(pieces.subList(0, maxTokens)), "length", null);
    }
    return new Output(pieces, "stop", matched);
  }

  /** Returns the number of output tokens. */
  public int tokens() {
    return pieces.size();
  }

  /** Returns the output text. */
  public String text() {
    return String.join("", pieces);
  }
}
