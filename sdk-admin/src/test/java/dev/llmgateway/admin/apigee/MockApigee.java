package dev.llmgateway.admin.apigee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Helpers for tests with MockWebServer standing in for the management API. */
final class MockApigee {

  static final String TOKEN = "ya29.test-token-DO-NOT-PRINT";
  static final JsonMapper JSON = JsonMapper.builder().build();

  private MockApigee() {}

  static ApigeeClient.Builder clientBuilder(MockWebServer server, FakeTime time) {
    return ApigeeClient.builder()
        .baseUrl(server.url("/").toString())
        .organization("my-org")
        .accessToken(TOKEN)
        .clock(time)
        .sleeper(time)
        .pollInterval(Duration.ofSeconds(5));
  }

  static ApigeeClient client(MockWebServer server, FakeTime time) {
    return clientBuilder(server, time).build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse ok(String body) {
    return json(200, body);
  }

  static MockResponse error(int code, String status, String message) {
    return json(
        code,
        "{\"error\":{\"code\":"
            + code
            + ",\"message\":\""
            + message
            + "\",\"status\":\""
            + status
            + "\"}}");
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(r, "expected another request");
    return r;
  }

  /** Asserts method and path+query (the request target) and returns the request. */
  static RecordedRequest expect(MockWebServer server, String method, String target)
      throws InterruptedException {
    RecordedRequest r = take(server);
    assertEquals(method + " " + target, r.getMethod() + " " + r.getTarget());
    assertEquals("Bearer " + TOKEN, r.getHeaders().get("Authorization"));
    return r;
  }

  static JsonNode body(RecordedRequest r) {
    return JSON.readTree(r.getBody().utf8());
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }
}
