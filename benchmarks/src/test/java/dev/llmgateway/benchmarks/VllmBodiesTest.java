package dev.llmgateway.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VllmBodiesTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void resources_matchGenerator() {
    assertArrayEquals(
        VllmBodies.chatCompletion(), VllmBodies.resource(VllmBodies.CHAT_COMPLETION_RESOURCE));
    assertArrayEquals(
        VllmBodies.chatStream(), VllmBodies.resource(VllmBodies.CHAT_STREAM_RESOURCE));
  }

  @Test
  void chatCompletion_isAboutOneKilobyteWithUsage() {
    byte[] body = VllmBodies.chatCompletion();
    JsonNode root = mapper.readTree(body);

    assertTrue(body.length > 900 && body.length < 1200, "size " + body.length);
    assertEquals("chat.completion", root.path("object").asString());
    assertEquals(VllmBodies.answer(), root.at("/choices/0/message/content").asString());
    assertEquals(
        root.at("/usage/prompt_tokens").asInt() + root.at("/usage/completion_tokens").asInt(),
        root.at("/usage/total_tokens").asInt());
  }

  @Test
  void chatStream_hasRoleContentFinishUsageChunksThenDone() {
    String sse = new String(VllmBodies.chatStream(), StandardCharsets.UTF_8);
    List<String> events = List.of(sse.split("\n\n"));
    List<JsonNode> chunks =
        events.subList(0, events.size() - 1).stream()
            .map(e -> mapper.readTree(e.substring("data: ".length())))
            .collect(Collectors.toList());

    assertEquals(VllmBodies.STREAM_CHUNKS + 1, chunks.size());
    assertEquals("data: [DONE]", events.get(events.size() - 1));
    assertEquals("assistant", chunks.get(0).at("/choices/0/delta/role").asString());
    assertEquals("length", chunks.get(199).at("/choices/0/finish_reason").asString());
    assertTrue(chunks.get(200).path("choices").isEmpty());
    assertEquals(VllmBodies.CONTENT_CHUNKS, chunks.get(200).at("/usage/completion_tokens").asInt());
    long text =
        chunks.stream()
            .mapToLong(c -> c.at("/choices/0/delta/content").asString("").length())
            .sum();
    assertEquals(VllmBodies.streamTextLength(), text);
  }
}
