package dev.llmgateway.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates the fixed vLLM-shaped response bodies that nginx serves, deterministically.
 *
 * <p>The shapes follow vLLM's OpenAI-compatible server (DESIGN 9.3): a non-streaming chat
 * completion of about 1 KB with usage, and an SSE stream of 200 chunks: a role chunk, {@value
 * #CONTENT_CHUNKS} content deltas, a finish chunk, then a usage chunk with {@code choices: []} and
 * {@code data: [DONE]}. The checked-in copies under {@code src/main/resources/vllm/} are the output
 * of {@link #main(String[])}; {@code VllmBodiesTest} keeps the two in step.
 */
public final class VllmBodies {

  /** Resource path of the non-streaming body. */
  public static final String CHAT_COMPLETION_RESOURCE = "/vllm/chat-completion.json";

  /** Resource path of the streaming body. */
  public static final String CHAT_STREAM_RESOURCE = "/vllm/chat-stream.sse";

  /** Number of chunks that carry generated text in the stream. */
  public static final int CONTENT_CHUNKS = 198;

  /** Number of chunks with a choice: the role chunk, the content chunks and the finish chunk. */
  public static final int STREAM_CHUNKS = CONTENT_CHUNKS + 2;

  private static final String ID = "chatcmpl-4f1d2a7c9e8b4a6f8d3c2b1a0e9f8d7c";
  private static final long CREATED = 1764144000L;
  private static final int PROMPT_TOKENS = 16;

  private static final String ANSWER =
      "The capital of France is Paris. Paris lies in the north of the country on the river Seine"
          + " and has been the political, economic and cultural centre of France for centuries. It"
          + " is known for landmarks such as the Eiffel Tower, the Louvre museum, the Arc de"
          + " Triomphe and the cathedral of Notre-Dame, and about two million people live in the"
          + " city itself, which is also the seat of the national government.";

  private VllmBodies() {}

  /**
   * Returns the assistant message's content in the non-streaming body.
   *
   * @return the answer text
   */
  public static String answer() {
    return ANSWER;
  }

  /**
   * Returns the number of characters of generated text across all chunks of the stream.
   *
   * @return the summed length of every delta's content
   */
  public static long streamTextLength() {
    long chars = 0;
    for (int i = 0; i < CONTENT_CHUNKS; i++) {
      chars += token(i).length();
    }
    return chars;
  }

  /**
   * Returns the non-streaming chat completion body.
   *
   * @return UTF-8 JSON bytes
   */
  public static byte[] chatCompletion() {
    int completionTokens = ANSWER.split(" ").length;
    String json =
        "{\"id\":\"%s\",\"object\":\"chat.completion\",\"created\":%d,\"model\":\"%s\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"%s\","
            + "\"refusal\":null,\"annotations\":null,\"audio\":null,\"function_call\":null,"
            + "\"tool_calls\":[],\"reasoning_content\":null},\"logprobs\":null,"
            + "\"finish_reason\":\"stop\",\"stop_reason\":null}],\"service_tier\":null,"
            + "\"system_fingerprint\":null,\"usage\":{\"prompt_tokens\":%d,\"total_tokens\":%d,"
            + "\"completion_tokens\":%d,\"prompt_tokens_details\":null},"
            + "\"prompt_logprobs\":null,\"kv_transfer_params\":null}";
    return String.format(
            Locale.ROOT,
            json,
            ID,
            CREATED,
            Workload.MODEL,
            ANSWER,
            PROMPT_TOKENS,
            PROMPT_TOKENS + completionTokens,
            completionTokens)
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the streaming body: {@value #STREAM_CHUNKS} chunks with a choice, a usage chunk and
   * {@code [DONE]}.
   *
   * @return UTF-8 {@code text/event-stream} bytes
   */
  public static byte[] chatStream() {
    String head =
        String.format(
            Locale.ROOT,
            "{\"id\":\"%s\",\"object\":\"chat.completion.chunk\",\"created\":%d,\"model\":\"%s\",",
            ID,
            CREATED,
            Workload.MODEL);
    StringBuilder sse = new StringBuilder(64 * 1024);
    event(sse, head, choice("{\"role\":\"assistant\",\"content\":\"\"}", "null"));
    for (int i = 0; i < CONTENT_CHUNKS; i++) {
      event(sse, head, choice("{\"content\":\"" + token(i) + "\"}", "null"));
    }
    event(sse, head, choice("{\"content\":\"\"}", "\"length\",\"stop_reason\":null"));
    sse.append("data: ")
        .append(head)
        .append("\"choices\":[],\"usage\":{\"prompt_tokens\":")
        .append(PROMPT_TOKENS)
        .append(",\"total_tokens\":")
        .append(PROMPT_TOKENS + CONTENT_CHUNKS)
        .append(",\"completion_tokens\":")
        .append(CONTENT_CHUNKS)
        .append("}}\n\n");
    sse.append("data: [DONE]\n\n");
    return sse.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads one of the checked-in bodies from the classpath.
   *
   * @param resource {@link #CHAT_COMPLETION_RESOURCE} or {@link #CHAT_STREAM_RESOURCE}
   * @return the resource's bytes
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  public static byte[] resource(String resource) {
    try (InputStream in = VllmBodies.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + resource));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes both bodies into a resources directory, e.g. {@code benchmarks/src/main/resources}.
   *
   * @param args one argument: the directory that receives {@code vllm/...}
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: VllmBodies <resources-dir>");
    }
    Path dir = Path.of(args[0]);
    Path completion = dir.resolve(CHAT_COMPLETION_RESOURCE.substring(1));
    Files.createDirectories(completion.getParent());
    Files.write(completion, chatCompletion());
    Files.write(dir.resolve(CHAT_STREAM_RESOURCE.substring(1)), chatStream());
  }

  private static String token(int i) {
    String[] words = ANSWER.split(" ");
    return (i == 0 ? "" : " ") + words[i % words.length];
  }

  private static String choice(String delta, String finishReason) {
    return "\"choices\":[{\"index\":0,\"delta\":"
        + delta
        + ",\"logprobs\":null,\"finish_reason\":"
        + finishReason
        + "}]}";
  }

  private static void event(StringBuilder sse, String head, String choices) {
    sse.append("data: ").append(head).append(choices).append("\n\n");
  }
}
