package dev.llmgateway.client.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.internal.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that the fields shared through {@link CompletionEnvelope} behave as if each response class
 * declared them itself: JSON order, defaults, unknown properties, equality and {@code toBuilder()}.
 */
class CompletionEnvelopeTest {

  private static final String ENVELOPE =
      "\"id\":\"x1\",\"object\":\"%s\",\"created\":1764140001,\"model\":\"m\",\"choices\":[],"
          + "\"usage\":{\"prompt_tokens\":3,\"total_tokens\":5,\"completion_tokens\":2},"
          + "\"system_fingerprint\":\"fp\"";

  @Test
  void object_absent_defaultsToTypeOfClass() {
    assertEquals("chat.completion", Json.read("{}", ChatCompletion.class).object());
    assertEquals("chat.completion.chunk", Json.read("{}", ChatCompletionChunk.class).object());
    assertEquals("text_completion", Json.read("{}", Completion.class).object());
    assertEquals("chat.completion", ChatCompletion.builder().build().object());
  }

  @Test
  void parseWrite_everyEnvelopeField_sameJsonAndValues() {
    String chat =
        "{"
            + String.format(ENVELOPE, "chat.completion")
            + ",\"kv_transfer_params\":{\"a\":1}"
            + ",\"brand_new\":[1,2]}";
    String chunk = "{" + String.format(ENVELOPE, "chat.completion.chunk") + ",\"brand_new\":true}";
    String text = "{" + String.format(ENVELOPE, "text_completion") + ",\"brand_new\":\"v\"}";

    ChatCompletion c = Json.read(chat, ChatCompletion.class);
    ChatCompletionChunk k = Json.read(chunk, ChatCompletionChunk.class);
    Completion t = Json.read(text, Completion.class);

    assertEquals(chat, Json.writeString(c));
    assertEquals(chunk, Json.writeString(k));
    assertEquals(text, Json.writeString(t));
    assertEquals("x1", k.id());
    assertEquals(1764140001L, k.created().getAsLong());
    assertEquals("m", t.model());
    assertEquals(5, c.usage().orElseThrow().totalTokens());
    assertEquals("fp", t.systemFingerprint().orElseThrow());
    assertEquals(Map.of("brand_new", true), k.additionalProperties());
  }

  @Test
  void equalsAndToBuilder_envelopeFields_takenIntoAccount() {
    ChatCompletionChunk chunk =
        ChatCompletionChunk.builder()
            .id("x1")
            .object("chat.completion.chunk")
            .created(1L)
            .model("m")
            .systemFingerprint("fp")
            .putAdditionalProperty("brand_new", 1)
            .build();

    ChatCompletionChunk copy = chunk.toBuilder().build();

    assertEquals(chunk, copy);
    assertEquals(chunk.hashCode(), copy.hashCode());
    assertEquals(Json.writeString(chunk), Json.writeString(copy));
    assertNotEquals(chunk, chunk.toBuilder().systemFingerprint("other").build());
    assertNotEquals(chunk, chunk.toBuilder().putAdditionalProperty("more", 2).build());
    assertNotEquals(
        Completion.builder().model("m").build(), Completion.builder().model("n").build());
  }
}
