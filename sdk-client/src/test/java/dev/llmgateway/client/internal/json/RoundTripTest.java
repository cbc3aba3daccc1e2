package dev.llmgateway.client.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.Fixtures;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.completions.CompletionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

  static Stream<Arguments> bodies() {
    List<Arguments> out = new ArrayList<>();
    out.add(
        Arguments.of(ChatCompletion.class, Fixtures.text("chat-completion-reasoning-tools.json")));
    out.add(Arguments.of(ChatCompletion.class, Fixtures.text("chat-completion-stop-int.json")));
    out.add(Arguments.of(Completion.class, Fixtures.text("completion.json")));
    out.add(Arguments.of(ModelList.class, Fixtures.text("models.json")));
    for (String line : Fixtures.lines("chat-chunks.txt")) {
      out.add(Arguments.of(ChatCompletionChunk.class, line));
    }
    for (String line : Fixtures.lines("chat-chunks-tools.txt")) {
      out.add(Arguments.of(ChatCompletionChunk.class, line));
    }
    for (String line : Fixtures.lines("completion-chunks.txt")) {
      out.add(Arguments.of(Completion.class, line));
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void parseWriteParse_fixture_equalValueAndHash(Class<?> type, String json) {
    Object first = Json.read(json, type);

    Object second = Json.read(Json.write(first), type);

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(Json.writeString(first), Json.writeString(second));
  }

  @Test
  void parseWriteParse_unknownFieldsAtEveryLevel_survive() {
    String json =
        "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
            + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hi\","
            + "\"tool_calls\":[{\"id\":\"c\",\"type\":\"function\",\"function\":{\"name\":\"f\","
            + "\"arguments\":\"{}\",\"fx\":1},\"tx\":[true]}],\"mx\":\"m\"},\"cx\":null}],"
            + "\"usage\":{\"prompt_tokens\":1,\"total_tokens\":2,\"completion_tokens\":1,"
            + "\"prompt_tokens_details\":{\"cached_tokens\":0,\"px\":2},\"ux\":{}},"
            + "\"kv_transfer_params\":{\"remote_engine_id\":\"e1\"},"
            + "\"top_x\":{\"nested\":[1,2.5,\"s\",null]}}";

    ChatCompletion c = Json.read(json, ChatCompletion.class);
    String written = Json.writeString(c);

    assertEquals(json, written);
    assertEquals(
        Map.of("remote_engine_id", "e1"),
        Json.read(written, ChatCompletion.class).kvTransferParams());
    assertTrue(c.additionalProperties().get("top_x") instanceof Map, "plain Java values");
  }

  @Test
  void parseWriteParse_requests_unknownFieldsSurvive() {
    String chat =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"mx\":1}],"
            + "\"response_format\":{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"a\","
            + "\"schema\":{\"type\":\"object\"},\"sx\":true}},\"new_param\":[1]}";
    String completion =
        "{\"model\":\"m\",\"prompt\":[\"a\",\"b\"],\"structured_outputs\":{\"regex\":\"a+\","
            + "\"future_option\":1},\"new_param\":\"v\"}";

    assertEquals(chat, Json.writeString(Json.read(chat, ChatCompletionRequest.class)));
    assertEquals(completion, Json.writeString(Json.read(completion, CompletionRequest.class)));
  }
}
