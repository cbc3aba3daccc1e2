package dev.llmgateway.client.chat;

import dev.llmgateway.client.common.FinishReason;
import dev.llmgateway.client.common.StopReason;
import dev.llmgateway.client.common.TokenLogprob;
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
 * Merges the chunks of a streamed chat completion into the {@link ChatCompletion} the same call
 * would have returned without streaming.
 *
 * <p>Per choice index it keeps the role, concatenates content and reasoning, merges tool calls by
 * their index (first id and type win, name pieces and argument fragments are concatenated, a
 * repeated identical id or name is ignored), appends the token log probabilities and keeps the
 * finish and stop reason. The usage comes from the last chunk that carries one (the final
 * usage-only chunk, or the latest chunk with continuous usage stats).
 *
 * <pre>{@code
 * ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
 * try (StreamResponse<ChatCompletionChunk> s = client.chat().stream(request)) {
 *   s.stream().peek(acc).forEach(chunk -> print(chunk));
 * }
 * ChatCompletion whole = acc.build();
 * }</pre>
 *
 * <p>This class is not thread-safe; feed it from one thread.
 */
public final class ChatCompletionAccumulator implements Consumer<ChatCompletionChunk> {

  private String id = "";
  private @Nullable Long created;
  private String model = "";
  private @Nullable String systemFingerprint;
  private @Nullable Usage usage;
  private int chunks;
  private final TreeMap<Integer, ChoiceState> choices = new TreeMap<>();

  private ChatCompletionAccumulator() {}

  /**
   * Returns an empty accumulator.
   *
   * @return the accumulator
   */
  public static ChatCompletionAccumulator create() {
    return new ChatCompletionAccumulator();
  }

  /**
   * Merges one chunk.
   *
   * @param chunk the next chunk of the stream
   * @throws NullPointerException if {@code chunk} is null
   */
  @Override
  public void accept(ChatCompletionChunk chunk) {
    Objects.requireNonNull(chunk, "chunk == null");
    chunks++;
    if (id.isEmpty()) {
      id = chunk.id();
    }
    if (model.isEmpty()) {
      model = chunk.model();
    }
    if (created == null && chunk.created().isPresent()) {
      created = chunk.created().getAsLong();
    }
    if (systemFingerprint == null) {
      systemFingerprint = chunk.systemFingerprint().orElse(null);
    }
    Optional<Usage> u = chunk.usage();
    if (u.isPresent()) {
      usage = u.get();
    }
    for (ChunkChoice c : chunk.choices()) {
      choices.computeIfAbsent(c.index(), i -> new ChoiceState()).merge(c);
    }
  }

  /**
   * Returns the number of chunks merged so far.
   *
   * @return the count
   */
  public int chunkCount() {
    return chunks;
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
   * Returns the finish reason of a choice, once its last chunk has been merged.
   *
   * @param index the choice index
   * @return the finish reason, or empty while the choice is unfinished or unknown
   */
  public Optional<FinishReason> finishReason(int index) {
    ChoiceState s = choices.get(index);
    return s == null ? Optional.empty() : Optional.ofNullable(s.finishReason);
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
  public ChatCompletion build() {
    ChatCompletion.Builder b = ChatCompletion.builder().object("chat.completion");
    b.id(id).model(model).usage(usage).systemFingerprint(systemFingerprint);
    if (created != null) {
      b.created(created);
    }
    List<ChatChoice> out = new ArrayList<>(choices.size());
    for (Map.Entry<Integer, ChoiceState> e : choices.entrySet()) {
      out.add(e.getValue().build(e.getKey()));
    }
    return b.choices(out).build();
  }

  private static final class ChoiceState {
    private @Nullable Role role;
    private @Nullable StringBuilder content;
    private @Nullable StringBuilder reasoning;
    private final TreeMap<Integer, ToolCallState> toolCalls = new TreeMap<>();
    private @Nullable FinishReason finishReason;
    private @Nullable StopReason stopReason;
    private @Nullable List<TokenLogprob> logprobs;

    void merge(ChunkChoice c) {
      ChatDelta d = c.delta();
      Optional<Role> r = d.role();
      if (role == null && r.isPresent()) {
        role = r.get();
      }
      Optional<String> text = d.content();
      if (text.isPresent()) {
        content = append(content, text.get());
      }
      Optional<String> thought = d.reasoning();
      if (thought.isPresent()) {
        reasoning = append(reasoning, thought.get());
      }
      for (ToolCallDelta t : d.toolCalls()) {
        toolCalls.computeIfAbsent(t.index(), i -> new ToolCallState()).merge(t);
      }
      Optional<ChatLogprobs> lp = c.logprobs();
      if (lp.isPresent()) {
        if (logprobs == null) {
          logprobs = new ArrayList<>();
        }
        logprobs.addAll(lp.get().content());
      }
      Optional<FinishReason> f = c.finishReason();
      if (f.isPresent()) {
        finishReason = f.get();
      }
      Optional<StopReason> s = c.stopReason();
      if (s.isPresent()) {
        stopReason = s.get();
      }
    }

    ChatChoice build(int index) {
      ChatMessage.Builder m = ChatMessage.builder().role(role != null ? role : Role.ASSISTANT);
      if (content != null && (content.length() > 0 || toolCalls.isEmpty())) {
        m.content(content.toString());
      }
      if (reasoning != null) {
        m.reasoning(reasoning.toString());
      }
      if (!toolCalls.isEmpty()) {
        List<ToolCall> calls = new ArrayList<>(toolCalls.size());
        for (ToolCallState t : toolCalls.values()) {
          calls.add(t.build());
        }
        m.toolCalls(calls);
      }
      return ChatChoice.builder()
          .index(index)
          .message(m.build())
          .logprobs(logprobs == null ? null : ChatLogprobs.builder().content(logprobs).build())
          .finishReason(finishReason)
          .stopReason(stopReason)
          .build();
    }

    private static StringBuilder append(@Nullable StringBuilder sb, String piece) {
      StringBuilder out = sb != null ? sb : new StringBuilder(Math.max(16, piece.length() * 4));
      return out.append(piece);
    }
  }

  private static final class ToolCallState {
    private String id = "";
    private @Nullable String type;
    private String name = "";
    private final StringBuilder arguments = new StringBuilder();

    void merge(ToolCallDelta t) {
      Optional<String> i = t.id();
      if (i.isPresent()) {
        id = mergeName(id, i.get());
      }
      if (type == null) {
        type = t.type().orElse(null);
      }
      Optional<FunctionCallDelta> f = t.function();
      if (f.isPresent()) {
        Optional<String> n = f.get().name();
        if (n.isPresent()) {
          name = mergeName(name, n.get());
        }
        Optional<String> a = f.get().arguments();
        if (a.isPresent()) {
          arguments.append(a.get());
        }
      }
    }

    /** Concatenates pieces, but ignores a piece that repeats the whole value so far. */
    private static String mergeName(String current, String piece) {
      if (current.isEmpty()) {
        return piece;
      }
      return piece.equals(current) ? current : current + piece;
    }

    ToolCall build() {
      return ToolCall.builder()
          .id(id)
          .type(type != null ? type : "function")
          .function(FunctionCall.of(name, arguments.toString()))
          .build();
    }
  }
}
