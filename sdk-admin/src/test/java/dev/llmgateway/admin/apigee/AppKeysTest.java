package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.body;
import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.expect;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static dev.llmgateway.admin.apigee.MockApigee.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.model.Credential;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AppKeysTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String APP = "/v1/organizations/my-org/developers/jane@example.com/apps/llm-app";
  static final DeveloperAppName APP_NAME =
      DeveloperAppName.parse("organizations/my-org/developers/jane@example.com/apps/llm-app");
  static final AppKeyName KEY = AppKeyName.of(APP_NAME, "custom-KEY_123");

  private AppKeys keys() {
    return MockApigee.client(server, time).appKeys();
  }

  @Test
  void create_postsCustomKeyAndSecretToKeysCollection() throws Exception {
    server.enqueue(ok("{\"consumerKey\":\"custom-KEY_123\",\"status\":\"approved\"}"));
    Credential c =
        keys().create(APP_NAME, "custom-KEY_123", "custom-SECRET_456", Duration.ofDays(1));
    RecordedRequest r = expect(server, "POST", APP + "/keys");
    assertEquals(
        tree(
            "{\"consumerKey\":\"custom-KEY_123\",\"consumerSecret\":\"custom-SECRET_456\","
                + "\"expiresInSeconds\":\"86400\"}"),
        body(r));
    assertEquals("approved", c.status());
  }

  @Test
  void create_keyWithForbiddenCharacters_failsWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> keys().create(APP_NAME, "bad key!", "secret"));
    assertEquals("consumerKey may only contain letters, digits, '_' and '-'", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void addApiProducts_readsKeyThenPostsProductsWithExistingAttributes() throws Exception {
    server.enqueue(ok("{\"consumerKey\":\"custom-KEY_123\",\"status\":\"approved\"}"));
    server.enqueue(
        ok(
            "{\"consumerKey\":\"custom-KEY_123\",\"status\":\"approved\","
                + "\"apiProducts\":[{\"apiproduct\":\"llm-product\",\"status\":\"approved\"}]}"));
    Credential c = keys().addApiProducts(KEY, List.of("llm-product"));
    expect(server, "GET", APP + "/keys/custom-KEY_123");
    RecordedRequest r = expect(server, "POST", APP + "/keys/custom-KEY_123");
    assertEquals(tree("{\"apiProducts\":[\"llm-product\"]}"), body(r));
    assertEquals("llm-product", c.apiProducts().get(0).apiProduct());
  }

  @Test
  void approveRevokeAndPerProductActions_hitTheDocumentedPaths() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse.Builder().code(204).build());
    }
    AppKeys keys = keys();
    keys.approve(KEY);
    keys.revoke(KEY);
    keys.approveApiProduct(KEY, "llm-product");
    keys.revokeApiProduct(KEY, "llm-product");
    keys.removeApiProduct(KEY, "llm-product");
    RecordedRequest approve = expect(server, "POST", APP + "/keys/custom-KEY_123?action=approve");
    assertEquals("application/octet-stream", approve.getHeaders().get("Content-Type"));
    expect(server, "POST", APP + "/keys/custom-KEY_123?action=revoke");
    expect(server, "POST", APP + "/keys/custom-KEY_123/apiproducts/llm-product?action=approve");
    expect(server, "POST", APP + "/keys/custom-KEY_123/apiproducts/llm-product?action=revoke");
    expect(server, "DELETE", APP + "/keys/custom-KEY_123/apiproducts/llm-product");
  }

  @Test
  void delete_returnsWhetherTheKeyExisted() throws Exception {
    server.enqueue(ok("{\"consumerKey\":\"custom-KEY_123\"}"));
    server.enqueue(error(404, "NOT_FOUND", "no key"));
    assertTrue(keys().delete(KEY));
    assertFalse(keys().delete(KEY));
    expect(server, "DELETE", APP + "/keys/custom-KEY_123");
  }

  @Test
  void errorAboutAKey_neverShowsTheKeyInItsMessage() {
    server.enqueue(error(404, "NOT_FOUND", "ApiKey custom-KEY_123 does not exist for app llm-app"));
    ApigeeNotFoundException e = assertThrows(ApigeeNotFoundException.class, () -> keys().get(KEY));
    assertFalse(e.getMessage().contains("custom-KEY_123"), e.getMessage());
    assertTrue(e.getMessage().contains("keys/****"), e.getMessage());
    assertFalse(KEY.toString().contains("custom-KEY_123"));
  }

  @Test
  void errorDetailsEchoingTheKey_areRedactedInDetailsAndViolations() {
    server.enqueue(
        MockApigee.json(
            400,
            "{\"error\":{\"code\":400,\"message\":\"bad\",\"status\":\"FAILED_PRECONDITION\","
                + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ResourceInfo\","
                + "\"resourceName\":\"organizations/my-org/developers/jane@example.com/apps/llm-app"
                + "/keys/custom-KEY_123\"},"
                + "{\"@type\":\"type.googleapis.com/google.rpc.PreconditionFailure\","
                + "\"violations\":[{\"type\":\"key\",\"subject\":\"custom-KEY_123\","
                + "\"description\":\"key custom-KEY_123 is revoked\"}]}]}}"));
    ApigeeException e = assertThrows(ApigeeException.class, () -> keys().approve(KEY));
    assertEquals(2, e.details().size());
    assertFalse(e.details().toString().contains("custom-KEY_123"), e.details().toString());
    assertTrue(e.details().get(0).get("resourceName").toString().endsWith("/keys/****"));
    assertEquals("****", e.violations().get(0).subject());
    assertFalse(e.violations().toString().contains("custom-KEY_123"));
    assertFalse(e.getMessage().contains("custom-KEY_123"), e.getMessage());
  }
}
