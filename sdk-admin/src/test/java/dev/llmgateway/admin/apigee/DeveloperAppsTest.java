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

import dev.llmgateway.admin.apigee.model.ConsumerKey;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class DeveloperAppsTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String APP_PATH =
      "/v1/organizations/my-org/developers/jane@example.com/apps/llm-app";

  static String app(String credentials) {
    return "{\"name\":\"llm-app\",\"appId\":\"a-1\",\"status\":\"approved\","
        + "\"callbackUrl\":\"https://cb\",\"credentials\":["
        + credentials
        + "]}";
  }

  static String credential(String key, String status, String expiresAt, String products) {
    return "{\"consumerKey\":\""
        + key
        + "\",\"consumerSecret\":\"s3cret-"
        + key
        + "\",\"status\":\""
        + status
        + "\",\"expiresAt\":\""
        + expiresAt
        + "\",\"issuedAt\":\"1700000000000\",\"apiProducts\":["
        + products
        + "]}";
  }

  static String product(String name, String status) {
    return "{\"apiproduct\":\"" + name + "\",\"status\":\"" + status + "\"}";
  }

  static DeveloperApp desired() {
    return DeveloperApp.builder().name("llm-app").addApiProduct("llm-product").build();
  }

  @Test
  void create_postsNameAndApiProductsUnderTheDeveloper() throws Exception {
    server.enqueue(
        ok(app(credential("KEY1", "approved", "-1", product("llm-product", "approved")))));
    DeveloperApp created =
        MockApigee.client(server, time).developerApps().create("jane@example.com", desired());
    RecordedRequest r =
        expect(server, "POST", "/v1/organizations/my-org/developers/jane@example.com/apps");
    assertEquals(tree("{\"name\":\"llm-app\",\"apiProducts\":[\"llm-product\"]}"), body(r));
    assertEquals("KEY1", created.credentials().get(0).consumerKey().value());
    assertEquals(-1L, created.credentials().get(0).expiresAt().orElseThrow());
    assertEquals("llm-product", created.credentials().get(0).apiProducts().get(0).apiProduct());
  }

  @Test
  void approvedKey_returnsTheKeyApprovedForTheProduct() throws Exception {
    long past = time.millis() - 1;
    server.enqueue(
        ok(
            app(
                credential("REVOKED", "revoked", "-1", product("llm-product", "approved"))
                    + ","
                    + credential(
                        "EXPIRED",
                        "approved",
                        Long.toString(past),
                        product("llm-product", "approved"))
                    + ","
                    + credential("OTHER", "approved", "-1", product("other", "approved"))
                    + ","
                    + credential("PENDING", "approved", "-1", product("llm-product", "pending"))
                    + ","
                    + credential("GOOD", "approved", "-1", product("llm-product", "approved")))));
    Optional<ConsumerKey> key =
        MockApigee.client(server, time)
            .developerApps()
            .approvedKey("jane@example.com", "llm-app", "llm-product");
    expect(server, "GET", APP_PATH);
    assertEquals("GOOD", key.orElseThrow().value());
    assertEquals("ConsumerKey[****]", key.get().toString());
  }

  @Test
  void approvedKey_noApprovedKey_isEmpty() {
    server.enqueue(ok(app(credential("K", "revoked", "-1", product("llm-product", "approved")))));
    assertTrue(
        MockApigee.client(server, time)
            .developerApps()
            .approvedKey("jane@example.com", "llm-app", "llm-product")
            .isEmpty());
  }

  @Test
  void appAndCredentialToString_neverPrintKeysOrSecrets() {
    server.enqueue(ok(app(credential("TOPSECRETKEY", "approved", "-1", product("p", "approved")))));
    DeveloperApp a =
        MockApigee.client(server, time).developerApps().get("jane@example.com", "llm-app");
    assertFalse(a.toString().contains("TOPSECRETKEY"), a.toString());
    assertFalse(a.toString().contains("s3cret"), a.toString());
  }

  @Test
  void approveAndRevoke_postActionWithOctetStream() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    DeveloperApps apps = MockApigee.client(server, time).developerApps();
    apps.approve("jane@example.com", "llm-app");
    apps.revoke("jane@example.com", "llm-app");
    RecordedRequest approve = expect(server, "POST", APP_PATH + "?action=approve");
    assertEquals("application/octet-stream", approve.getHeaders().get("Content-Type"));
    expect(server, "POST", APP_PATH + "?action=revoke");
  }

  @Test
  void delete_absentApp_returnsFalse() throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "app not found"));
    assertFalse(
        MockApigee.client(server, time).developerApps().delete("jane@example.com", "llm-app"));
    expect(server, "DELETE", APP_PATH);
  }

  @Test
  void ensure_absentApp_createsIt() throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "app not found"));
    server.enqueue(ok(app(credential("K", "approved", "-1", product("llm-product", "approved")))));
    Ensured<DeveloperApp> result =
        MockApigee.client(server, time).developerApps().ensure("jane@example.com", desired());
    assertEquals(Ensured.Action.CREATED, result.action());
    expect(server, "GET", APP_PATH);
    expect(server, "POST", "/v1/organizations/my-org/developers/jane@example.com/apps");
  }

  @Test
  void ensure_secondRunWithSubscribedApp_makesNoWrite() throws Exception {
    server.enqueue(ok(app(credential("K", "approved", "-1", product("llm-product", "approved")))));
    Ensured<DeveloperApp> result =
        MockApigee.client(server, time).developerApps().ensure("jane@example.com", desired());
    assertEquals(Ensured.Action.UNCHANGED, result.action());
    expect(server, "GET", APP_PATH);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void ensure_missingProduct_addsItToTheApprovedKeyKeepingAttributes() throws Exception {
    String before = app(credential("K1", "approved", "-1", product("old", "approved")));
    server.enqueue(ok(before));
    server.enqueue(
        ok(
            "{\"consumerKey\":\"K1\",\"status\":\"approved\","
                + "\"attributes\":[{\"name\":\"team\",\"value\":\"ml\"}],"
                + "\"apiProducts\":["
                + product("old", "approved")
                + "]}"));
    server.enqueue(ok("{\"consumerKey\":\"K1\",\"status\":\"approved\"}"));
    server.enqueue(
        ok(
            app(
                credential(
                    "K1",
                    "approved",
                    "-1",
                    product("old", "approved") + "," + product("llm-product", "approved")))));
    Ensured<DeveloperApp> result =
        MockApigee.client(server, time).developerApps().ensure("jane@example.com", desired());
    assertEquals(Ensured.Action.UPDATED, result.action());
    expect(server, "GET", APP_PATH);
    expect(server, "GET", APP_PATH + "/keys/K1");
    RecordedRequest add = expect(server, "POST", APP_PATH + "/keys/K1");
    assertEquals(
        tree(
            "{\"apiProducts\":[\"llm-product\"],\"attributes\":[{\"name\":\"team\",\"value\":\"ml\"}]}"),
        body(add));
    expect(server, "GET", APP_PATH);
  }

  @Test
  void invalidAppOrProductNames_failBeforeAnyRequestNamingTheField() {
    DeveloperApps apps = MockApigee.client(server, time).developerApps();
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> apps.get("jane@example.com", "a/b"))
            .getMessage()
            .startsWith("app may only contain"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> DeveloperApp.builder().name("ok").addApiProduct("bad:product").build())
            .getMessage()
            .startsWith("apiProducts may only contain"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> DeveloperApp.builder().name("bad\napp").build())
            .getMessage()
            .startsWith("app may only contain"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> apps.approvedKey("jane@example.com", "llm-app", "bad/product"))
            .getMessage()
            .startsWith("apiProduct may only contain"));
    assertEquals(0, server.getRequestCount());
  }
}
