package dev.llmgateway.emulator;

import static dev.llmgateway.emulator.RawCalls.fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.model.DeveloperStatus;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.emulator.internal.apigee.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Apigee faults of DESIGN 9.1 through the whole wired emulator: the guide's objects applied
 * through the Kubernetes API, apps made through the management API, calls through the front door.
 */
class ApigeeFaultsEndToEndTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () ->
              GatewayEmulator.builder()
                  .clusterSetup(ClusterSetup.GUIDE)
                  .guideQuotaPerMinute(3)
                  .clock(CLOCK));

  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

  private static GatewayClient client(GatewayEmulator emulator, String key) {
    return emulator
        .gatewayClient()
        .withOptions(RequestOptions.builder().putHeader("x-api-key", key).build());
  }

  private static String chat(GatewayClient client) {
    return client
        .chat()
        .create(
            ChatCompletionRequest.builder()
                .model(RawCalls.MODEL)
                .addUserMessage("hello there")
                .build(),
            NO_RETRY)
        .choices()
        .get(0)
        .message()
        .content()
        .orElseThrow();
  }

  private static void assertKeyFault(
      GatewayEmulator emulator, String key, String errorcode, String faultstring) {
    HttpResponse<String> r = RawCalls.chat(emulator, key);
    assertEquals(401, r.statusCode());
    assertEquals(fault(errorcode, faultstring), r.body());
    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> chat(client(emulator, key)));
    assertEquals(errorcode, e.errorCode().orElseThrow());
    assertEquals(ErrorSource.APIGEE, e.source());
  }

  @Test
  void missingOrUnknownKey_getsApigeesFaultByteForByte(GatewayEmulator emulator) {
    HttpResponse<String> missing = RawCalls.chat(emulator, null);

    assertEquals(401, missing.statusCode());
    assertEquals("application/json", missing.headers().firstValue("content-type").orElseThrow());
    assertTrue(missing.headers().firstValue("retry-after").isEmpty());
    assertEquals(
        fault(
            "steps.oauth.v2.FailedToResolveAPIKey",
            "Failed to resolve API Key variable request.header.x-api-key"),
        missing.body());
    assertKeyFault(emulator, "no-such-key", "oauth.v2.InvalidApiKey", "Invalid ApiKey");
  }

  @Test
  void badJsonWithAGoodKey_passesApigee_andGetsTheEndpointPickersPlainText(
      GatewayEmulator emulator) {
    HttpResponse<String> r =
        RawCalls.send(
            emulator,
            "POST",
            "/v1/chat/completions",
            emulator.guideApiKey().orElseThrow(),
            "{\"messages\": [");

    assertEquals(400, r.statusCode());
    assertEquals("text/plain", r.headers().firstValue("content-type").orElseThrow());
    assertEquals("inference gateway: BadRequest - model not found in request body", r.body());
  }

  @Test
  void guideKey_answersChat_butNotModels_whichTheProductDoesNotCover(GatewayEmulator emulator) {
    GatewayClient client = emulator.gatewayClient();

    assertEquals("hello there", chat(client));
    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> client.models().list());
    assertEquals("oauth.v2.InvalidApiKeyForGivenResource", e.errorCode().orElseThrow());
    assertEquals(401, e.statusCode());
  }

  @Test
  void revokedKey_revokedApp_inactiveDeveloper_expiredKey_areRefusedInTurn(
      GatewayEmulator emulator, ApigeeClient apigee) {
    CLOCK.set(Instant.parse("2026-03-02T11:00:00Z"));
    String email = "statuses@example.com";
    String key = Apps.newApp(apigee, email, "statuses-app");
    DeveloperAppName app = apigee.developerApps().name(email, "statuses-app");
    AppKeyName keyName = AppKeyName.of(app, key);
    assertEquals("hello there", chat(client(emulator, key)));

    apigee.appKeys().revoke(keyName);
    assertKeyFault(emulator, key, "oauth.v2.ApiKeyNotApproved", "ApiKey not approved");
    apigee.appKeys().approve(keyName);
    apigee.developerApps().revoke(email, "statuses-app");
    assertKeyFault(
        emulator,
        key,
        "keymanagement.service.invalid_client-app_not_approved",
        "App is not approved");
    apigee.developerApps().approve(email, "statuses-app");
    apigee.developers().setStatus(email, DeveloperStatus.INACTIVE);
    assertKeyFault(
        emulator,
        key,
        "keymanagement.service.DeveloperStatusNotActive",
        "Developer Status is not Active");
    apigee.developers().setStatus(email, DeveloperStatus.ACTIVE);
    assertEquals("hello there", chat(client(emulator, key)));

    apigee.appKeys().create(app, "short-lived-key", "short-lived-secret", Duration.ofMinutes(1));
    apigee
        .appKeys()
        .addApiProducts(
            AppKeyName.of(app, "short-lived-key"), List.of(GatewayEmulator.GUIDE_PRODUCT));
    assertEquals("hello there", chat(client(emulator, "short-lived-key")));
    CLOCK.advance(Duration.ofSeconds(61));
    assertKeyFault(
        emulator,
        "short-lived-key",
        "keymanagement.service.consumer_key_expired",
        "Consumer key has expired");
  }

  @Test
  void requestQuota_runsOutInTheMinute_andResetsOnTheUtcBoundary(
      GatewayEmulator emulator, ApigeeClient apigee) {
    CLOCK.set(Instant.parse("2026-03-02T12:05:10Z"));
    String key = Apps.newApp(apigee, "quota@example.com", "quota-app");
    GatewayClient client = client(emulator, key);
    for (int i = 0; i < 3; i++) {
      assertEquals("hello there", chat(client));
    }

    HttpResponse<String> over = RawCalls.chat(emulator, key);
    assertEquals(429, over.statusCode());
    assertEquals(
        fault(
            "policies.ratelimit.QuotaViolation",
            "Rate limit quota violation. Quota limit  exceeded. Identifier : _default"),
        over.body());
    assertTrue(over.headers().firstValue("retry-after").isEmpty());
    CLOCK.set(Instant.parse("2026-03-02T12:05:59.999Z"));
    QuotaExceededException e = assertThrows(QuotaExceededException.class, () -> chat(client));
    assertEquals("policies.ratelimit.QuotaViolation", e.errorCode().orElseThrow());

    CLOCK.set(Instant.parse("2026-03-02T12:06:00Z"));
    assertEquals("hello there", chat(client));
  }
}
