package dev.llmgateway.client.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.client.chat.ChatChoice;
import dev.llmgateway.client.chat.ChunkChoice;
import dev.llmgateway.client.completions.CompletionChoice;
import dev.llmgateway.client.internal.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that the fields shared through {@link Choice} behave as if each choice class declared them
 * itself: JSON order, unknown properties, validation, equality and {@code toBuilder()}.
 */
class ChoiceTest {

  @Test
  void parseWrite_sharedAndOwnFields_sameJsonAndValues() {
    String chat =
        "{\"index\":1,\"message\":{\"role\":\"assistant\",\"content\":\"Paris\"},"
            + "\"finish_reason\":\"stop\",\"stop_reason\":7,\"brand_new\":1}";
    String chunk =
        "{\"index\":2,\"delta\":{\"content\":\"Pa\"},\"finish_reason\":\"length\","
            + "\"stop_reason\":\"END\",\"brand_new\":[true]}";
    String text =
        "{\"index\":3,\"text\":\"Paris\",\"finish_reason\":\"stop\",\"stop_reason\":null,"
            + "\"prompt_logprobs\":null,\"brand_new\":\"v\"}";

    ChatChoice c = Json.read(chat, ChatChoice.class);
    ChunkChoice k = Json.read(chunk, ChunkChoice.class);
    CompletionChoice t = Json.read(text, CompletionChoice.class);

    assertEquals(chat, Json.writeString(c));
    assertEquals(chunk, Json.writeString(k));
    assertEquals(1, c.index());
    assertEquals(StopReason.ofTokenId(7), c.stopReason().orElseThrow());
    assertEquals(FinishReason.LENGTH, k.finishReason().orElseThrow());
    assertEquals(StopReason.ofText("END"), k.stopReason().orElseThrow());
    assertEquals(3, t.index());
    assertEquals("Paris", t.text());
    assertEquals(Map.of("brand_new", "v"), t.additionalProperties());
  }

  @Test
  void build_negativeIndex_rejectedNamingField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChunkChoice.builder().index(-1).build());

    assertEquals("index must be >= 0 but was -1", e.getMessage());
  }

  @Test
  void equalsAndToBuilder_sharedFields_takenIntoAccount() {
    CompletionChoice choice =
        CompletionChoice.builder()
            .index(1)
            .text("t")
            .finishReason(FinishReason.STOP)
            .stopReason(StopReason.ofText("END"))
            .putAdditionalProperty("brand_new", 1)
            .build();

    CompletionChoice copy = choice.toBuilder().build();

    assertEquals(choice, copy);
    assertEquals(choice.hashCode(), copy.hashCode());
    assertNotEquals(choice, choice.toBuilder().index(2).build());
    assertNotEquals(choice, choice.toBuilder().finishReason(FinishReason.LENGTH).build());
    assertNotEquals(choice, choice.toBuilder().stopReason((StopReason) null).build());
    assertNotEquals(choice, choice.toBuilder().putAdditionalProperty("more", 2).build());
    assertNotEquals(choice, choice.toBuilder().text("u").build());
  }
}
