package dev.llmgateway.client.completions;

import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.common.StopReason;
import dev.llmgateway.client.common.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Merges the chunks of a streamed text completion into the {@link Completion} the same call would
 * have returned without streaming: text concatenated per choice index, finish and stop reason kept,
 * usage from the last chunk that carries one. This class is not thread-safe.
 */
public final class CompletionAccumulator implements Consumer<Completion> {

  private String id = "";
  private @Nullable Long created;
  private String model = "";
  private @Nullable Usage usage;
  private final TreeMap<Integer, ChoiceState> choices = new TreeMap<>();

  private CompletionAccumulator() {}

  /**
   * Returns an empty accumulator.
   *
   * @return the accumulator
   */
  public static CompletionAccumulator create() {
    return new CompletionAccumulator();
  }

  /**
   * Merges one chunk.
   *
   * @param chunk the next chunk of the stream
   * @throws NullPointerException if {@code chunk} is null
   */
  @Override
  public void accept(Completion chunk) {
    Objects.requireNonNull(chunk, "chunk == null");
    if (id.isEmpty()) {
      id = chunk.id();
    }
    if (model.isEmpty()) {
      model = chunk.model();
    }
    if (created == null && chunk.created().isPresent()) {
      created = chunk.created().getAsLong();
    }
    Optional<Usage> u = chunk.usage();
    if (u.isPresent()) {
      usage = u.get();
    }
    for (CompletionChoice c : chunk.choices()) {
      ChoiceState s = choices.computeIfAbsent(c.index(), i -> new ChoiceState());
      s.text.append(c.text());
      c.finishReason().ifPresent(f -> s.finishReason = f);
      c.stopReason().ifPresent(r -> s.stopReason = r);
    }
  }

  /**
   * Returns the latest usage seen.
   *
   * @return the usage, or empty when no chunk carried one
   */
  public Optional<Usage> usage() {
    return Optional.ofNullable(usage);
  }

  /**
   * Returns whether at least one choice was seen and every choice seen has a finish reason.
   *
   * @return true when the stream reached its end normally so far
   */
  public boolean isFinished() {
    if (choices.isEmpty()) {
      return false;
    }
    for (ChoiceState s : choices.values()) {
      if (s.finishReason == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds the completion merged so far; may be called at any time and more than once.
   *
   * @return the completion
   */
  public Completion build() {
    List<CompletionChoice> out = new ArrayList<>(choices.size());
    for (Map.Entry<Integer, ChoiceState> e : choices.entrySet()) {
      ChoiceState s = e.getValue();
      out.add(
          CompletionChoice.builder()
              .index(e.getKey())
              .text(s.text.toString())
              .finishReason(s.finishReason)
              .stopReason(s.stopReason)
              .build());
    }
    Completion.Builder b =
        Completion.builder().id(id).object("text_completion").model(model).usage(usage);
    if (created != null) {
      b.created(created);
    }
    return b.choices(out).build();
  }

  private static final class ChoiceState {
    private final StringBuilder text = new StringBuilder();
    private @Nullable FinishReason finishReason;
    private @Nullable StopReason stopReason;
  }
}
