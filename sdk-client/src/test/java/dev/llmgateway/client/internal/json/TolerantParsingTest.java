package dev.llmgateway.client.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionAccumulator;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatMessage;
import dev.llmgateway.client.chat.Tool;
import dev.llmgateway.client.chat.ToolCall;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.models.Model;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TolerantParsingTest {

  static Stream<Class<?>> responseTypes() {
    return Stream.of(
        ChatCompletion.class,
        ChatCompletionChunk.class,
        Completion.class,
        Model.class,
        ModelList.class,
        ChatMessage.class,
        ToolCall.class);
  }

  @ParameterizedTest
  @MethodSource("responseTypes")
  void read_emptyObject_defaultsWithoutNulls(Class<?> type) {
    Object value = Json.read("{}", type);

    assertEquals("{}", Json.writeString(value).replaceAll("\"index\":0,?", ""));
    assertTrue(value.toString().startsWith(type.getSimpleName() + "{"));
  }

  @Test
  void read_emptyObjects_accessorsReturnDefaults() {
    ChatCompletion c = Json.read("{}", ChatCompletion.class);
    ToolCall call = Json.read("{}", ToolCall.class);

    assertEquals("", c.id());
    assertEquals("", c.model());
    assertEquals("chat.completion", c.object());
    assertTrue(c.choices().isEmpty());
    assertEquals("", call.function().name());
    assertEquals("function", call.type());
    assertEquals("model", Json.read("{\"id\":\"m\"}", Model.class).object());
    assertEquals("", Json.read("{}", Tool.class).function().name());
  }

  @Test
  void accumulate_continuousUsageStats_keepsLatestUsage() {
    ChatCompletionAccumulator acc = ChatCompletionAccumulator.create();
    acc.accept(chunk("a", 1));
    acc.accept(chunk("b", 2));

    assertEquals(2, acc.usage().orElseThrow().completionTokens());
    assertEquals("ab", acc.build().choices().get(0).message().content().orElseThrow());
  }

  private static ChatCompletionChunk chunk(String text, int completionTokens) {
    return Json.read(
        "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
            + text
            + "\"}}],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":"
            + completionTokens
            + ",\"total_tokens\":"
            + (3 + completionTokens)
            + "}}",
        ChatCompletionChunk.class);
  }
}
