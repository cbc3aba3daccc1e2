package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.client.internal.json.Json;
import org.junit.jupiter.api.Test;

class ChatCompletionRequestSerializationTest {

  @Test
  void write_typicalRequest_exactJson() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("/gcs/google/gemma-3-1b-it")
            .addSystemMessage("Answer in one word.")
            .addUserMessage("What is the capital of France?")
            .maxTokens(10)
            .temperature(0.2)
            .build();

    assertEquals(
        "{\"model\":\"/gcs/google/gemma-3-1b-it\",\"messages\":["
            + "{\"role\":\"system\",\"content\":\"Answer in one word.\"},"
            + "{\"role\":\"user\",\"content\":\"What is the capital of France?\"}],"
            + "\"max_tokens\":10,\"temperature\":0.2}",
        Json.writeString(request));
  }
}
