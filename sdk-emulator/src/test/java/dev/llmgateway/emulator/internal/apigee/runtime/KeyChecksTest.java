package dev.llmgateway.emulator.internal.apigee.runtime;

import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.ORG;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.PRODUCT;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.assertFault;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.apigee.ApigeeHarness;
import dev.llmgateway.emulator.internal.apigee.store.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What runs before a proxy is deployed: activation, default security, key checks (DESIGN 9.1). */
class KeyChecksTest {

  static final String DEV = "dev@example.com";

  final ApigeeHarness apigee = new ApigeeHarness();

  @AfterEach
  void close() {
    apigee.close();
  }

  String key(String app) {
    return apigee.emulator.createDeveloperApp(ORG, DEV, app, List.of(PRODUCT));
  }

  void assertInvalidKey(String key) {
    assertFault(apigee.chat(key), 401, "oauth.v2.InvalidApiKey", "Invalid ApiKey");
  }

  @Test
  void withoutATrafficExtensionToAnApigeeBackendService_nothingRuns() {
    assertNull(apigee.chat(null));
    apigee.cluster.apply(
        ApigeeHarness.guide(5).stream().filter(o -> o instanceof ApigeeBackendService).toList());
    assertNull(apigee.chat(null));
    apigee.cluster.apply(
        ApigeeHarness.guide(5).stream().filter(o -> o instanceof GcpTrafficExtension).toList());
    assertFault(
        apigee.chat(null),
        500,
        "steps.raisefault.RaiseFault",
        "Raising fault. Fault name : RF-insufficient-request-raise-fault");
  }

  @Test
  void backendWithoutProduct_answersTheOperatorsDefaultSecurityFault_evenWithAKey() {
    apigee.applyBackend();
    assertFault(
        apigee.request(exchange("GET", "/v1/models", "some-key")),
        500,
        "steps.raisefault.RaiseFault",
        "Raising fault. Fault name : RF-insufficient-request-raise-fault");
  }

  @Test
  void backendWithDefaultSecurityOff_andNoProduct_letsCallsThrough() {
    var objects =
        ApigeeHarness.guide(5).stream()
            .filter(o -> o instanceof ApigeeBackendService || o instanceof GcpTrafficExtension)
            .map(
                o ->
                    o instanceof ApigeeBackendService
                        ? ((ApigeeBackendService) o)
                            .toBuilder().defaultSecurityEnabled(false).build()
                        : o)
            .toList();
    apigee.cluster.apply(objects);
    assertNull(apigee.chat(null));
  }

  @Test
  void keyFaults_eachByteForByte() {
    apigee.applyBackend();
    apigee.applyProduct(100);
    assertFault(
        apigee.chat(null),
        401,
        "steps.oauth.v2.FailedToResolveAPIKey",
        "Failed to resolve API Key variable request.header.x-api-key");
    assertFault(
        apigee.chat(""),
        401,
        "steps.oauth.v2.FailedToResolveAPIKey",
        "Failed to resolve API Key variable request.header.x-api-key");
    assertInvalidKey("no-such-key");

    String key = key("app");
    assertNull(apigee.chat(key));
    assertInvalidKey(key.substring(1));
    assertInvalidKey(key + "x");

    assertFault(
        apigee.request(exchange("GET", "/v1/chat/completions", key)),
        401,
        "oauth.v2.InvalidApiKeyForGivenResource",
        "Invalid ApiKey for given resource");
    assertFault(
        apigee.request(exchange("POST", "/v1/models", key)),
        401,
        "oauth.v2.InvalidApiKeyForGivenResource",
        "Invalid ApiKey for given resource");
    assertNull(apigee.request(exchange("POST", "/v1/completions", key)));

    apigee.org().keys().setStatus(DEV, "app", key, "revoke");
    assertFault(apigee.chat(key), 401, "oauth.v2.ApiKeyNotApproved", "ApiKey not approved");
    apigee.org().keys().setStatus(DEV, "app", key, "approve");
    apigee.org().apps().setStatus(DEV, "app", "revoke");
    assertFault(
        apigee.chat(key),
        401,
        "keymanagement.service.invalid_client-app_not_approved",
        "App is not approved");
    apigee.org().apps().setStatus(DEV, "app", "approve");
    apigee.org().developers().setStatus(DEV, "inactive");
    assertFault(
        apigee.chat(key),
        401,
        "keymanagement.service.DeveloperStatusNotActive",
        "Developer Status is not Active");
    apigee.org().developers().setStatus(DEV, "active");
    apigee.org().keys().setProductStatus(DEV, "app", key, PRODUCT, "revoke");
    assertFault(
        apigee.chat(key),
        401,
        "oauth.v2.InvalidApiKeyForGivenResource",
        "Invalid ApiKey for given resource");
  }

  @Test
  void keyChecks_runInDesignOrder_keyStatusThenAppThenDeveloperThenProduct() {
    apigee.applyBackend();
    apigee.applyProduct(100);
    String key = key("app");
    apigee.org().developers().setStatus(DEV, "inactive");
    apigee.org().apps().setStatus(DEV, "app", "revoke");
    apigee.org().keys().setStatus(DEV, "app", key, "revoke");
    assertFault(apigee.chat(key), 401, "oauth.v2.ApiKeyNotApproved", "ApiKey not approved");
    apigee.org().keys().setStatus(DEV, "app", key, "approve");
    assertEquals(
        "keymanagement.service.invalid_client-app_not_approved",
        errorcode(apigee.request(exchange("GET", "/v1/models", key))));
    apigee.org().apps().setStatus(DEV, "app", "approve");
    assertEquals(
        "keymanagement.service.DeveloperStatusNotActive",
        errorcode(apigee.request(exchange("GET", "/v1/models", key))));
  }

  @Test
  void expiredKey_isRejectedOnceTheClockPassesItsExpiry() {
    apigee.applyBackend();
    apigee.applyProduct(100);
    key("app");
    var body =
        Json.object()
            .put("consumerKey", "short-lived-key")
            .put("consumerSecret", "s")
            .put("expiresInSeconds", "60");
    apigee.org().keys().create(DEV, "app", body);
    apigee
        .org()
        .keys()
        .update(
            DEV,
            "app",
            "short-lived-key",
            Json.object().set("apiProducts", Json.MAPPER.createArrayNode().add(PRODUCT)));
    assertNull(apigee.chat("short-lived-key"));
    apigee.clock.advance(Duration.ofSeconds(60));
    assertFault(
        apigee.chat("short-lived-key"),
        401,
        "keymanagement.service.consumer_key_expired",
        "Consumer key has expired");
  }

  @Test
  void validKey_setsTheFlowVariablesOfVerifyApiKey() {
    apigee.applyBackend();
    apigee.applyProduct(100);
    String key = key("app");
    Exchange ex = exchange("POST", "/v1/chat/completions", key);
    assertNull(apigee.request(ex));
    assertEquals(key, ex.variables().get("client_id"));
    assertEquals("app", ex.variables().get("developer.app.name"));
    assertEquals(PRODUCT, ex.variables().get("apiproduct.name"));
    assertEquals("100", ex.variables().get("apiproduct.developer.quota.limit"));
    assertEquals("minute", ex.variables().get("apiproduct.developer.quota.timeunit"));
  }

  static String errorcode(dev.llmgateway.emulator.internal.Fault f) {
    return Json.MAPPER.readTree(f.body()).path("fault").path("detail").path("errorcode").asString();
  }
}
