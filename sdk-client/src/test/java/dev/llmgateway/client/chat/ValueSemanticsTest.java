package dev.llmgateway.client.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.Fixtures;
import dev.llmgateway.client.internal.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueSemanticsTest {

  @Test
  void toBuilder_parsedCompletion_buildsEqualValue() {
    ChatCompletion parsed =
        Json.read(Fixtures.bytes("chat-completion-reasoning-tools.json"), ChatCompletion.class);

    ChatCompletion rebuilt = parsed.toBuilder().build();

    assertEquals(parsed, rebuilt);
    assertEquals(parsed.hashCode(), rebuilt.hashCode());
    assertEquals(Json.writeString(parsed), Json.writeString(rebuilt));
    assertNotEquals(parsed, parsed.toBuilder().model("other").build());
  }

  @Test
  void builder_collectionsCopied_laterChangesDoNotLeak() {
    List<ChatMessage> messages = new ArrayList<>(List.of(ChatMessage.user("a")));
    Map<String, Object> kwargs = new HashMap<>(Map.of("enable_thinking", true));
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("m")
            .messages(messages)
            .chatTemplateKwargs(kwargs)
            .build();

    messages.add(ChatMessage.user("b"));
    kwargs.put("x", 1);

    assertEquals(1, request.messages().size());
    assertEquals(Map.of("enable_thinking", true), request.chatTemplateKwargs());
    assertThrows(UnsupportedOperationException.class, () -> request.messages().clear());
    assertThrows(UnsupportedOperationException.class, () -> request.extraBody().put("k", 1));
  }

  @Test
  void toString_request_readableJsonWithTypeName() {
    String s = ChatCompletionRequest.builder().model("m").addUserMessage("hi").build().toString();

    assertEquals(
        "ChatCompletionRequest{\"model\":\"m\",\"messages\":[{\"role\":\"user\","
            + "\"content\":\"hi\"}]}",
        s);
  }

  @Test
  void content_partsMessage_joinsTextParts() {
    ChatMessage m =
        ChatMessage.builder()
            .role(Role.USER)
            .content("Look: ")
            .addContentPart(ContentPart.ofImageUrl("https://x/y.png"))
            .addContentPart(ContentPart.ofText("what is it?"))
            .build();

    assertEquals("Look: what is it?", m.content().orElseThrow());
    assertEquals(3, m.contentParts().size());
    assertEquals("https://x/y.png", m.contentParts().get(1).imageUrl().orElseThrow().url());
    assertTrue(ChatMessage.user("t").contentParts().isEmpty());
  }
}
