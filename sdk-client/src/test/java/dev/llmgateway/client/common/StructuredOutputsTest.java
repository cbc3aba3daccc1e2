package dev.llmgateway.client.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.client.internal.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuredOutputsTest {

  @Test
  void write_eachConstraint_vllmFieldNames() {
    assertEquals(
        "{\"json\":{\"type\":\"object\"}}",
        Json.writeString(StructuredOutputs.ofJsonSchema(Map.of("type", "object"))));
    assertEquals("{\"json\":{}}", Json.writeString(StructuredOutputs.ofJsonSchema(Map.of())));
    assertEquals("{\"regex\":\"\\\\d+\"}", Json.writeString(StructuredOutputs.ofRegex("\\d+")));
    assertEquals(
        "{\"choice\":[\"yes\",\"no\"]}",
        Json.writeString(StructuredOutputs.ofChoice(List.of("yes", "no"))));
    assertEquals(
        "{\"grammar\":\"root ::= \\\"a\\\"\"}",
        Json.writeString(StructuredOutputs.ofGrammar("root ::= \"a\"")));
    assertEquals("{\"json_object\":true}", Json.writeString(StructuredOutputs.ofJsonObject()));
  }

  @Test
  void write_options_withConstraint() {
    StructuredOutputs so =
        StructuredOutputs.builder()
            .json("{\"type\":\"object\"}")
            .disableAnyWhitespace(true)
            .disableAdditionalProperties(true)
            .whitespacePattern(" ?")
            .build();

    assertEquals(
        "{\"json\":\"{\\\"type\\\":\\\"object\\\"}\",\"disable_any_whitespace\":true,"
            + "\"disable_additional_properties\":true,\"whitespace_pattern\":\" ?\"}",
        Json.writeString(so));
    assertEquals("{\"type\":\"object\"}", so.json().orElseThrow());
  }
}
