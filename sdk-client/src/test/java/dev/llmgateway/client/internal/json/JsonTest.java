package dev.llmgateway.client.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.chat.ChatMessage;
import dev.llmgateway.client.common.Usage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class JsonTest {

  @Test
  void mapper_isShared() {
    assertSame(Json.mapper(), Json.mapper());
  }

  @Test
  void readInputStream_usage_sameAsBytes() {
    byte[] json =
        "{\"prompt_tokens\":1,\"total_tokens\":3,\"completion_tokens\":2}"
            .getBytes(StandardCharsets.UTF_8);

    Usage fromStream = Json.read(new ByteArrayInputStream(json), Usage.class);

    assertEquals(Json.read(json, Usage.class), fromStream);
    assertEquals(2, fromStream.completionTokens());
  }

  @Test
  void write_request_utf8BytesOfWriteString() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder().model("m").addUserMessage("héllo ✓").build();

    assertArrayEquals(
        Json.writeString(request).getBytes(StandardCharsets.UTF_8), Json.write(request));
  }

  @Test
  void read_malformedJson_throwsJacksonException() {
    assertThrows(JacksonException.class, () -> Json.read("{\"choices\":[", Usage.class));
  }

  @Test
  void read_messageContentNumber_rejected() {
    assertThrows(
        JacksonException.class,
        () -> Json.read("{\"role\":\"user\",\"content\":5}", ChatMessage.class));
  }

  @Test
  void read_nullForPrimitive_readsZero() {
    assertEquals(0, Json.read("{\"completion_tokens\":null}", Usage.class).completionTokens());
  }
}
