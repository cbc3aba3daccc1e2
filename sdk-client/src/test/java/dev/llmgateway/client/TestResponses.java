package dev.llmgateway.client;

import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.completions.CompletionRequest;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Canned responses and a client wired to a {@link MockWebServer} with fake time. */
public final class TestResponses {
  public static final Instant NOW = Instant.parse("2026-01-15T10:00:30Z");
  public static final String KEY = "sk-test-SECRET-123";

  public static final String CHAT_JSON =
      "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":"
          + "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Paris\"},"
          + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,"
          + "\"total_tokens\":4}}";

  private TestResponses() {}

  public static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  public static MockResponse text(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "text/plain")
        .body(body)
        .build();
  }

  public static MockResponse chatOk() {
    return json(200, CHAT_JSON);
  }

  public static MockResponse apigeeFault(int code, String errorcode, String faultstring) {
    return json(
        code,
        "{\"fault\":{\"faultstring\":\""
            + faultstring
            + "\",\"detail\":{\"errorcode\":\""
            + errorcode
            + "\"}}}");
  }

  /** An SSE body with one {@code data:} event per element, without adding [DONE]. */
  public static MockResponse sse(List<String> data) {
    StringBuilder sb = new StringBuilder();
    for (String d : data) {
      sb.append("data: ").append(d).append("\n\n");
    }
    return sseRaw(sb.toString());
  }

  public static MockResponse sseRaw(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/event-stream")
        .body(body)
        .build();
  }

  public static String chunk(
      String content, @org.jspecify.annotations.Nullable String finishReason) {
    return "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
        + content
        + "\"},\"finish_reason\":"
        + (finishReason == null ? "null" : "\"" + finishReason + "\"")
        + "}]}";
  }

  public static String usageChunk() {
    return "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}";
  }

  public static ChatCompletionRequest chatRequest() {
    return ChatCompletionRequest.builder()
        .model("/gcs/google/gemma-3-1b-it")
        .addUserMessage("What is the capital of France?")
        .maxTokens(10)
        .build();
  }

  public static CompletionRequest completionRequest() {
    return CompletionRequest.builder().model("m").prompt("Paris is").maxTokens(5).build();
  }

  /** A client builder on the server with a fixed clock, a recording sleeper and fixed jitter. */
  public static GatewayClient.Builder builder(
      MockWebServer server, MutableClock clock, RecordingSleeper sleeper) {
    return GatewayClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(KEY)
        .clock(clock)
        .sleeper(sleeper)
        .random(() -> 0.5);
  }
}
