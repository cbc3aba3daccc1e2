package dev.llmgateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.errors.QuotaExceededException;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The README's client quick start, run against a local server so that it keeps compiling. */
class QuickStartTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void readmeQuickStart_runs() {
    server.enqueue(TestResponses.chatOk());
    server.enqueue(TestResponses.sse(List.of(TestResponses.chunk("Paris", "stop"), "[DONE]")));
    String baseUrl = server.url("/").toString();
    StringBuilder out = new StringBuilder();

    // --- README snippet starts ---
    try (GatewayClient client =
        GatewayClient.builder()
            .baseUrl(baseUrl) // http://<gateway-ip>:80; the client appends /v1/...
            .apiKey("my-app-key") // sent as x-api-key
            .build()) { // or GatewayClient.fromEnv()
      ChatCompletionRequest request =
          ChatCompletionRequest.builder()
              .model("/gcs/google/gemma-3-1b-it")
              .addUserMessage("What is the capital of France?")
              .maxTokens(10)
              .build();
      try {
        ChatCompletion c = client.chat().create(request);
        out.append(c.choices().get(0).message().content().orElse(""));
      } catch (QuotaExceededException e) {
        out.append("quota used up until about ").append(e.resetAt().orElse(null));
      }
      try (StreamResponse<ChatCompletionChunk> s = client.chat().stream(request)) {
        s.stream()
            .flatMap(chunk -> chunk.choices().stream())
            .forEach(choice -> choice.delta().content().ifPresent(out::append));
      }
    }
    // --- README snippet ends ---

    assertEquals("ParisParis", out.toString());
  }
}
