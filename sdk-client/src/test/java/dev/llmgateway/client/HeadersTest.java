package dev.llmgateway.client;

import static dev.llmgateway.client.TestResponses.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HeadersTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private GatewayClient.Builder builder() {
    return GatewayClient.builder().baseUrl(server.url("/").toString()).maxRetries(0);
  }

  private Headers send(GatewayClient client, Mode mode, RequestOptions options) throws Exception {
    server.enqueue(TestResponses.chatOk());
    mode.create(client, TestResponses.chatRequest(), options);
    return server.takeRequest().getHeaders();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void apiKey_isSentAsXApiKeyByDefault(Mode mode) throws Exception {
    Headers h = send(builder().apiKey(KEY).build(), mode, RequestOptions.none());
    assertEquals(KEY, h.get("x-api-key"));
    assertNull(h.get("Authorization"));
    assertEquals("application/json", h.get("Accept"));
    assertTrue(h.get("User-Agent").startsWith("llm-gateway-java/"));
    assertEquals(36, h.get("x-request-id").length());
  }

  @Test
  void apiKeyHeader_isConfigurable() throws Exception {
    Headers h =
        send(
            builder().apiKeyHeader("apikey").apiKey(KEY).build(), Mode.SYNC, RequestOptions.none());
    assertEquals(KEY, h.get("apikey"));
    assertNull(h.get("x-api-key"));
  }

  @Test
  void apiKeyProvider_isAskedOnEveryAttempt_forRotation() throws Exception {
    AtomicInteger n = new AtomicInteger();
    GatewayClient client = builder().apiKeyProvider(() -> "key-" + n.incrementAndGet()).build();
    assertEquals("key-1", send(client, Mode.SYNC, RequestOptions.none()).get("x-api-key"));
    assertEquals("key-2", send(client, Mode.SYNC, RequestOptions.none()).get("x-api-key"));
  }

  @Test
  void bearerToken_staticAndSupplier_areSentAsAuthorization() throws Exception {
    assertEquals(
        "Bearer vllm-key",
        send(builder().bearerToken("vllm-key").build(), Mode.SYNC, RequestOptions.none())
            .get("Authorization"));
    assertEquals(
        "Bearer rotating",
        send(builder().bearerToken(() -> "rotating").build(), Mode.SYNC, RequestOptions.none())
            .get("Authorization"));
  }

  @Test
  void googleCredentials_sendTheirAccessToken() throws Exception {
    GoogleCredentials credentials =
        GoogleCredentials.create(
            new AccessToken("ya29.token", Date.from(Instant.now().plus(Duration.ofHours(1)))));
    GatewayClient client =
        builder().apiKey(KEY).bearerToken(GoogleBearerTokenProvider.of(credentials)).build();
    Headers h = send(client, Mode.SYNC, RequestOptions.none());
    assertEquals("Bearer ya29.token", h.get("Authorization"));
    assertEquals(KEY, h.get("x-api-key"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void gatewayHeaders_areSentAsTypedOptions(Mode mode) throws Exception {
    RequestOptions options =
        RequestOptions.builder()
            .inferenceObjective("premium")
            .fairnessId("tenant-42")
            .modelNameRewrite("llama-lora")
            .sloTtft(Duration.ofMillis(500))
            .sloTpot(Duration.ofMillis(40))
            .requestId("req-1")
            .build();
    Headers h = send(builder().apiKey(KEY).build(), mode, options);
    assertEquals("premium", h.get("x-gateway-inference-objective"));
    assertEquals("tenant-42", h.get("x-gateway-inference-fairness-id"));
    assertEquals("llama-lora", h.get("x-gateway-model-name-rewrite"));
    assertEquals("500", h.get("x-slo-ttft-ms"));
    assertEquals("40", h.get("x-slo-tpot-ms"));
    assertEquals("req-1", h.get("x-request-id"));
  }

  @Test
  void perRequestHeaders_overrideClientHeadersAndKey() throws Exception {
    GatewayClient client = builder().apiKey(KEY).putHeader("x-team", "a").build();
    Headers h =
        send(
            client,
            Mode.SYNC,
            RequestOptions.builder()
                .putHeader("X-Team", "b")
                .putHeader("x-api-key", "other")
                .build());
    assertEquals(List.of("b"), h.values("x-team"));
    assertEquals(List.of("other"), h.values("x-api-key"));
  }

  @Test
  void withOptions_appliesDefaultsAndSharesTheClient() throws Exception {
    GatewayClient client = builder().apiKey(KEY).build();
    GatewayClient premium =
        client.withOptions(RequestOptions.builder().inferenceObjective("premium").build());
    Headers h = send(premium, Mode.ASYNC, RequestOptions.builder().fairnessId("t").build());
    assertEquals("premium", h.get("x-gateway-inference-objective"));
    assertEquals("t", h.get("x-gateway-inference-fairness-id"));
    premium.close(); // a derived view does not close the shared client
    Headers plain = send(client, Mode.ASYNC, RequestOptions.none());
    assertNull(plain.get("x-gateway-inference-objective"), "the root client has no defaults");
    assertEquals(KEY, plain.get("x-api-key"));
  }

  @Test
  void requestIds_differPerCall() throws Exception {
    GatewayClient client = builder().build();
    assertNotEquals(
        send(client, Mode.SYNC, RequestOptions.none()).get("x-request-id"),
        send(client, Mode.SYNC, RequestOptions.none()).get("x-request-id"));
  }

  @Test
  void destinationEndpointHeader_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().putHeader("x-gateway-destination-endpoint", "10.0.0.1"));
    assertTrue(e.getMessage().contains("x-gateway-destination-endpoint"));
  }

  @Test
  void create_requestBody_isTheSerializedRequest() throws Exception {
    server.enqueue(TestResponses.chatOk());
    builder().build().chat().create(TestResponses.chatRequest());
    RecordedRequest r = server.takeRequest();
    assertEquals("POST", r.getMethod());
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
    String body = r.getBody().utf8();
    assertTrue(body.contains("\"model\":\"/gcs/google/gemma-3-1b-it\""), body);
    assertTrue(body.contains("\"max_tokens\":10"), body);
    assertTrue(!body.contains("\"stream\""), body);
  }

  @Test
  void userInterceptors_seeEveryRequest() throws Exception {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    GatewayClient client =
        builder()
            .addInterceptor(
                chain -> {
                  seen.add(chain.request().url().encodedPath());
                  return chain.proceed(
                      chain.request().newBuilder().header("x-traced", "yes").build());
                })
            .build();
    Headers h = send(client, Mode.SYNC, RequestOptions.none());
    assertEquals("yes", h.get("x-traced"));
    assertEquals(List.of("/v1/chat/completions"), seen);
  }

  @Test
  void credentialHeaders_areNeverDuplicated() throws Exception {
    GatewayClient client =
        builder()
            .putHeader("X-Api-Key", "static")
            .apiKey(KEY)
            .putHeader("Authorization", "Bearer static")
            .bearerToken("tok")
            .build();
    Headers h = send(client, Mode.SYNC, RequestOptions.none());
    assertEquals(List.of(KEY), h.values("x-api-key"));
    assertEquals(List.of("Bearer tok"), h.values("Authorization"));
    assertEquals(1, h.values("x-request-id").size());
  }
}
