package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.completions.CompletionChoice;
import dev.llmgateway.client.internal.json.Json;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Decodes streamed completions (each chunk is a {@link Completion}). */
public final class CompletionChunkCodec implements ChunkCodec<Completion> {
  /** The shared instance. */
  public static final CompletionChunkCodec INSTANCE = new CompletionChunkCodec();

  private CompletionChunkCodec() {}

  @Override
  public Completion decode(InputStream data) {
    return Json.read(data, Completion.class);
  }

  @Override
  public boolean hasFinishReason(Completion chunk) {
    List<CompletionChoice> choices = chunk.choices();
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).finishReason().isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean hasToken(Completion chunk) {
    List<CompletionChoice> choices = chunk.choices();
    for (int i = 0; i < choices.size(); i++) {
      if (!choices.get(i).text().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public @Nullable Usage usage(Completion chunk) {
    return chunk.usage().orElse(null);
  }
}
