package dev.llmgateway.client.internal.stream;

import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatDelta;
import dev.llmgateway.client.chat.ChunkChoice;
import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.internal.json.Json;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Decodes chat completion chunks. */
public final class ChatChunkCodec implements ChunkCodec<ChatCompletionChunk> {
  /** The shared instance. */
  public static final ChatChunkCodec INSTANCE = new ChatChunkCodec();

  private ChatChunkCodec() {}

  @Override
  public ChatCompletionChunk decode(InputStream data) {
    return Json.read(data, ChatCompletionChunk.class);
  }

  @Override
  public boolean hasFinishReason(ChatCompletionChunk chunk) {
    List<ChunkChoice> choices = chunk.choices();
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).finishReason().isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean hasToken(ChatCompletionChunk chunk) {
    List<ChunkChoice> choices = chunk.choices();
    for (int i = 0; i < choices.size(); i++) {
      ChatDelta d = choices.get(i).delta();
      if (d.content().filter(s -> !s.isEmpty()).isPresent()
          || d.reasoning().filter(s -> !s.isEmpty()).isPresent()
          || !d.toolCalls().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public @Nullable Usage usage(ChatCompletionChunk chunk) {
    return chunk.usage().orElse(null);
  }
}
