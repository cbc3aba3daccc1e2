package dev.llmgateway.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The request every benchmark sends: one user message to the guide's model, with max tokens.
 *
 * <p>The SDK benchmarks build the same request through their own builders on every call; the raw
 * OkHttp benchmarks post the pre-serialized bytes below.
 */
public final class Workload {

  /** The model name used in the guide. */
  public static final String MODEL = "/gcs/google/gemma-3-1b-it";

  /** The single user message of every request. */
  public static final String PROMPT = "What is the capital of France?";

  /** {@code max_tokens} of the non-streaming request. */
  public static final int MAX_TOKENS = 64;

  /** {@code max_tokens} of the streaming request. */
  public static final int STREAM_MAX_TOKENS = 256;

  /** The API key every client sends; nginx ignores it. */
  public static final String API_KEY = "bench-key-not-secret";

  private static final String PLAIN_JSON =
      "{\"model\":\""
          + MODEL
          + "\",\"messages\":[{\"role\":\"user\",\"content\":\""
          + PROMPT
          + "\"}],\"max_tokens\":"
          + MAX_TOKENS
          + "}";

  private static final String STREAM_JSON =
      "{\"model\":\""
          + MODEL
          + "\",\"messages\":[{\"role\":\"user\",\"content\":\""
          + PROMPT
          + "\"}],\"max_tokens\":"
          + STREAM_MAX_TOKENS
          + ",\"stream\":true,\"stream_options\":{\"include_usage\":true}}";

  private Workload() {}

  /**
   * Returns the serialized non-streaming request body.
   *
   * @return a new copy of the UTF-8 JSON bytes
   */
  public static byte[] plainRequestJson() {
    return PLAIN_JSON.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the serialized streaming request body ({@code stream: true} with usage).
   *
   * @return a new copy of the UTF-8 JSON bytes
   */
  public static byte[] streamRequestJson() {
    return STREAM_JSON.getBytes(StandardCharsets.UTF_8);
  }
}
