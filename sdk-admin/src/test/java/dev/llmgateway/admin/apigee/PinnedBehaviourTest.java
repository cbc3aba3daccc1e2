package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.expect;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Behaviours that held when the client was run against a misbehaving management API (issue 7) and
 * that no other test pinned yet, so that later refactoring cannot lose them.
 */
class PinnedBehaviourTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final DeveloperAppName APP =
      DeveloperAppName.parse("organizations/my-org/developers/jane@example.com/apps/llm-app");
  static final String KEY = "custom-KEY_123";
  static final String SECRET = "custom-SECRET_456";

  @Test
  void deleteOfAbsentProductOrProxy_isDoneNotAnError() throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "no such product"));
    server.enqueue(error(404, "NOT_FOUND", "no such proxy"));
    ApigeeClient client = MockApigee.client(server, time);
    assertFalse(client.apiProducts().delete("llm-product"));
    assertFalse(client.apiProxies().delete("apigee-llm-inf-gw"));
    expect(server, "DELETE", "/v1/organizations/my-org/apiproducts/llm-product");
    expect(server, "DELETE", "/v1/organizations/my-org/apis/apigee-llm-inf-gw");
  }

  @Test
  void keyCreateRejectedWithTheKeyAndSecretEchoed_neverShowsEither() {
    server.enqueue(
        MockApigee.json(
            400,
            "{\"error\":{\"code\":400,\"status\":\"INVALID_ARGUMENT\",\"message\":\"key "
                + KEY
                + " with secret "
                + SECRET
                + " is invalid\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.BadRequest\","
                + "\"fieldViolations\":[{\"field\":\"consumerSecret\",\"description\":\""
                + SECRET
                + " too short\"}]}]}}"));
    ApigeeException e =
        assertThrows(
            ApigeeException.class,
            () -> MockApigee.client(server, time).appKeys().create(APP, KEY, SECRET));
    for (String shown :
        List.of(
            e.getMessage(), e.serverMessage(), e.details().toString(), e.violations().toString())) {
      assertFalse(shown.contains(KEY), shown);
      assertFalse(shown.contains(SECRET), shown);
    }
    assertEquals("**** too short", e.violations().get(0).description());
  }

  @Test
  void connectionFailureOnAKeyPath_neverShowsTheKey() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    ApigeeClient client = MockApigee.clientBuilder(server, time).maxRetries(0).build();
    ApigeeTransportException e =
        assertThrows(
            ApigeeTransportException.class, () -> client.appKeys().get(AppKeyName.of(APP, KEY)));
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertEquals(0, e.statusCode());
  }

  @Test
  void nonIdempotent503WithRetryAfter_waitsAsAsked() {
    server.enqueue(
        new MockResponse.Builder(error(503, "UNAVAILABLE", "later"))
            .addHeader("Retry-After", "3")
            .build());
    server.enqueue(ok(DevelopersTest.STORED));
    MockApigee.client(server, time).developers().create(DevelopersTest.jane());
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps());
  }
}
