package dev.llmgateway.emulator.internal.frontdoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.emulator.internal.serving.FaultInjector;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The front door over raw HTTP: routing, the Endpoint Picker's answers, headers, limits. */
class FrontDoorTest {
  private Harness harness = Harness.standard(new NoGovernance());

  @AfterEach
  void close() {
    harness.close();
  }

  private static void assertPlain(HttpResponse<String> r, int status, String body) {
    assertEquals(status, r.statusCode());
    assertEquals("text/plain", r.headers().firstValue("content-type").orElse(""));
    assertEquals(body, r.body());
  }

  @Test
  void chat_routedThroughThePool_answersFromAModelServer() throws Exception {
    HttpResponse<String> r = harness.chat("hello there");

    assertEquals(200, r.statusCode());
    assertEquals("application/json", r.headers().firstValue("content-type").orElseThrow());
    assertTrue(r.body().contains("\"content\":\"hello there\""), r.body());
  }

  @Test
  void body_withoutModel_answersTheEndpointPickersPlainText() throws Exception {
    assertPlain(
        harness.send("POST", "/v1/chat/completions", "{\"messages\":[]}"),
        400,
        "inference gateway: BadRequest - model not found in request body");
    assertPlain(
        harness.send("POST", "/v1/chat/completions", "{\"model\": \"m\","),
        400,
        "inference gateway: BadRequest - model not found in request body");
    assertPlain(
        harness.send("POST", "/v1/completions", "{\"model\":\"m\"}"),
        400,
        "inference gateway: BadRequest - prompt not found in request");
  }

  @Test
  void requestId_absent_isGeneratedEchoedAndForwarded() throws Exception {
    HttpResponse<String> r = harness.chat("hi");

    String id = r.headers().firstValue("x-request-id").orElseThrow();
    assertEquals(36, id.length());
    assertEquals(id, harness.forwarded.get(0).get("x-request-id"));
  }

  @Test
  void requestId_sent_isEchoedOnSuccessAndOnErrors() throws Exception {
    assertEquals(
        "abc-1",
        harness
            .chat("hi", "x-request-id", "abc-1")
            .headers()
            .firstValue("x-request-id")
            .orElseThrow());
    assertEquals(
        "abc-2",
        harness
            .send("POST", "/v1/completions", "{}", "x-request-id", "abc-2")
            .headers()
            .firstValue("x-request-id")
            .orElseThrow());
  }

  @Test
  void destinationEndpoint_sentByTheClient_isReplacedByThePick() throws Exception {
    harness.chat("hi", "x-gateway-destination-endpoint", "10.0.0.66:8000");

    String destination = harness.forwarded.get(0).get("x-gateway-destination-endpoint");
    assertNotEquals("10.0.0.66:8000", destination);
    assertTrue(harness.servers.byAddress(destination) != null, destination);
  }

  @Test
  void body_overTheLimit_answers413() throws Exception {
    String big = "{\"model\":\"m\",\"prompt\":\"" + "x".repeat(CallHandler.MAX_BODY_BYTES) + "\"}";

    assertPlain(harness.send("POST", "/v1/completions", big), 413, "Payload Too Large");
    assertEquals(200, harness.chat("still fine").statusCode());
  }

  @Test
  void path_withoutRoute_answers404() throws Exception {
    harness.cluster.set(List.of(Harness.pool(), Harness.route("/v1")));

    assertPlain(
        harness.send("GET", "/metrics", ""),
        404,
        "response 404 (backend NotFound), service rules for the path non-existent");
    assertEquals(200, harness.send("GET", "/v1/models", "").statusCode());
  }

  @Test
  void clusterChange_isTranslatedForTheNextCall() throws Exception {
    harness.cluster.set(List.of(Harness.pool()));
    assertEquals(404, harness.chat("hi").statusCode());

    harness.cluster.set(Harness.objects());
    assertEquals(200, harness.chat("hi").statusCode());
  }

  @Test
  void routedUnknownPathAndWrongMethod_answerLikeTheModelServer() throws Exception {
    HttpResponse<String> notFound = harness.send("GET", "/v2/anything", "");
    HttpResponse<String> notAllowed = harness.send("GET", "/v1/chat/completions", "");

    assertEquals(404, notFound.statusCode());
    assertEquals("{\"detail\":\"Not Found\"}", notFound.body());
    assertEquals(405, notAllowed.statusCode());
    assertEquals("{\"detail\":\"Method Not Allowed\"}", notAllowed.body());
  }

  @Test
  void pool_withoutEndpoints_answers503InPlainText() throws Exception {
    harness.close();
    harness = new Harness(Harness.objects(), new NoGovernance(), FaultInjector.none(), 0);

    assertPlain(
        harness.chat("hi"),
        503,
        "inference gateway: ServiceUnavailable - failed to find candidate pods for serving the"
            + " request");
  }

  @Test
  void upstreamReset_beforeHeaders_answersEnvoys503() throws Exception {
    harness.close();
    harness =
        new Harness(
            Harness.objects(), new NoGovernance(), new FaultInjector(0, 0, 1, new Random(1)), 1);

    assertPlain(
        harness.chat("hi"),
        503,
        "upstream connect error or disconnect/reset before headers. reset reason: connection"
            + " termination");
  }

  @Test
  void modelsList_throughTheGateway_isTheModelServers() throws Exception {
    HttpResponse<String> r = harness.send("GET", "/v1/models", "");

    assertEquals(200, r.statusCode());
    assertTrue(r.body().startsWith("{\"object\":\"list\",\"data\":[{\"id\":\"m\""), r.body());
    Map<String, String> headers = harness.forwarded.get(0);
    assertTrue(headers.containsKey("x-gateway-destination-endpoint"));
  }
}
