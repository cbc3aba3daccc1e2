package dev.llmgateway.emulator.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.client.internal.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** How the Endpoint Picker reads request bodies. */
class EppRequestTest {

  private static JsonNode json(String s) {
    return Json.mapper().readTree(s);
  }

  private static String rejected(JsonNode body) {
    return assertThrows(EppRequest.Rejected.class, () -> EppRequest.read(body, null))
        .error()
        .body();
  }

  @Test
  void read_noModel_answersModelNotFound() {
    String expected = "inference gateway: BadRequest - model not found in request body";

    assertEquals(expected, rejected(json("{\"prompt\":\"hi\"}")));
    assertEquals(expected, rejected(json("{\"model\":42,\"prompt\":\"hi\"}")));
    assertEquals(expected, rejected(json("[1,2]")));
    assertEquals(expected, rejected(null));
  }

  @Test
  void read_badPrompt_answersLikeTheEndpointPicker() {
    assertEquals(
        "inference gateway: BadRequest - prompt not found in request",
        rejected(json("{\"model\":\"m\"}")));
    assertEquals(
        "inference gateway: BadRequest - prompt is not a string",
        rejected(json("{\"model\":\"m\",\"prompt\":[\"a\",\"b\"]}")));
    assertEquals(
        "inference gateway: BadRequest - messages is not a list",
        rejected(json("{\"model\":\"m\",\"messages\":\"hi\"}")));
  }

  @Test
  void read_rewriteHeader_targetsAndRewritesTheBodyModel() {
    JsonNode body =
        json("{\"model\":\"alias\",\"messages\":[{\"role\":\"user\",\"content\":" + "\"hi\"}]}");

    EppRequest r = EppRequest.read(body, "real-model");

    assertEquals("alias", r.model());
    assertEquals("real-model", r.targetModel());
    assertEquals("real-model", body.get("model").stringValue());
    assertEquals("<|im_start|>user\nhi<|im_end|>\n", r.prompt());
  }
}
