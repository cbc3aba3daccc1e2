package dev.llmgateway.client;

import static dev.llmgateway.client.TestResponses.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.models.Model;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Base URL handling, fromEnv, input validation, and secrets in toString, messages and logs. */
class ClientConfigTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @ParameterizedTest
  @CsvSource({
    "'', /v1/models",
    "/, /v1/models",
    "/v1, /v1/models",
    "/v1/, /v1/models",
    "/gateway, /gateway/v1/models",
    "/gateway/v1, /gateway/v1/models",
    "/a/b/, /a/b/v1/models"
  })
  void baseUrl_prefixAndV1_areNotDoubled(String suffix, String expectedPath) throws Exception {
    String base = "http://" + server.getHostName() + ":" + server.getPort() + suffix;
    server.enqueue(TestResponses.json(200, Fixtures.text("models.json")));
    GatewayClient client = GatewayClient.builder().baseUrl(base).build();
    List<Model> models = client.models().list();
    assertFalse(models.isEmpty());
    assertEquals(expectedPath, server.takeRequest().getUrl().encodedPath());
  }

  @Test
  void models_listAndRetrieve() throws Exception {
    server.enqueue(TestResponses.json(200, Fixtures.text("models.json")));
    server.enqueue(TestResponses.json(200, Fixtures.text("models.json")));
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();
    String first = client.models().list().get(0).id();
    assertEquals(first, client.models().retrieve(first).orElseThrow().id());
    assertEquals("GET", server.takeRequest().getMethod());
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost:8080", "ftp://host", "http//x", "not a url", "http://h/?q=1"})
  void baseUrl_malformed_failsFastNamingTheField(String url) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GatewayClient.builder().baseUrl(url));
    assertTrue(e.getMessage().startsWith("baseUrl"), e.getMessage());
  }

  @Test
  void build_withoutBaseUrl_namesTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GatewayClient.builder().build());
    assertTrue(e.getMessage().startsWith("baseUrl must be set"), e.getMessage());
  }

  @Test
  void builderSettings_badValues_nameTheField() {
    assertEquals(
        "maxRetries must be >= 0 but was -1",
        assertThrows(IllegalArgumentException.class, () -> GatewayClient.builder().maxRetries(-1))
            .getMessage());
    assertEquals(
        "apiKey must not be blank",
        assertThrows(IllegalArgumentException.class, () -> GatewayClient.builder().apiKey(" "))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> GatewayClient.builder().timeout(java.time.Duration.ZERO))
            .getMessage()
            .startsWith("timeout must be positive"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> RetrySettings.builder().jitter(2).build())
            .getMessage()
            .startsWith("jitter"));
  }

  @Test
  void request_badInput_failsBeforeAnyCall() {
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();
    for (org.junit.jupiter.api.function.Executable nullRequest :
        List.<org.junit.jupiter.api.function.Executable>of(
            () -> client.chat().create(null),
            () -> client.chat().stream(null),
            () -> client.completions().create(null),
            () -> client.async().chat().create(null),
            () -> client.async().completions().stream(null))) {
      assertEquals(
          "request == null", assertThrows(NullPointerException.class, nullRequest).getMessage());
    }
    assertEquals(
        "options == null",
        assertThrows(
                NullPointerException.class,
                () -> client.chat().create(TestResponses.chatRequest(), null))
            .getMessage());
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () -> ChatCompletionRequest.builder().model(" ").addUserMessage("x").build());
    assertTrue(e.getMessage().contains("model"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void fromEnv_readsTheDocumentedVariables() throws Exception {
    Map<String, String> env =
        Map.of(
            "LLM_GATEWAY_BASE_URL",
            server.url("/prefix").toString(),
            "LLM_GATEWAY_API_KEY",
            KEY,
            "LLM_GATEWAY_API_KEY_HEADER",
            "apikey",
            "LLM_GATEWAY_MAX_RETRIES",
            "0");
    GatewayClient client = GatewayClient.fromEnv(env::get);
    server.enqueue(TestResponses.text(503, "busy"));
    assertThrows(RuntimeException.class, () -> client.chat().create(TestResponses.chatRequest()));
    var r = server.takeRequest();
    assertEquals("/prefix/v1/chat/completions", r.getUrl().encodedPath());
    assertEquals(KEY, r.getHeaders().get("apikey"));
    assertEquals(1, server.getRequestCount(), "LLM_GATEWAY_MAX_RETRIES=0 turns retries off");
  }

  @Test
  void fromEnv_missingOrBadVariables_nameThem() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> GatewayClient.fromEnv(k -> null))
            .getMessage()
            .startsWith("LLM_GATEWAY_BASE_URL"));
    Map<String, String> env =
        Map.of("LLM_GATEWAY_BASE_URL", "http://h:1", "LLM_GATEWAY_MAX_RETRIES", "two");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> GatewayClient.fromEnv(env::get))
            .getMessage()
            .startsWith("LLM_GATEWAY_MAX_RETRIES"));
  }

  @Test
  void secrets_neverInToStringMessagesOrLogs() {
    CapturingLogger logger = new CapturingLogger();
    GatewayClient client =
        GatewayClient.builder()
            .baseUrl(server.url("/").toString())
            .apiKey(KEY)
            .bearerToken("bearer-SECRET-456")
            .logger(logger)
            .maxRetries(1)
            .sleeper(d -> {})
            .build();
    server.enqueue(TestResponses.text(503, "busy"));
    server.enqueue(TestResponses.apigeeFault(401, "oauth.v2.InvalidApiKey", "Invalid ApiKey"));

    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () ->
                client
                    .chat()
                    .create(
                        TestResponses.chatRequest(),
                        RequestOptions.builder()
                            .putHeader("Authorization", "Bearer opt-SECRET")
                            .build()));

    String everything =
        client
            + "\n"
            + client.withOptions(
                RequestOptions.builder().putHeader("x-api-key", "opt-SECRET").build())
            + "\n"
            + ApiKeyProvider.of(KEY)
            + "\n"
            + BearerTokenProvider.of("bearer-SECRET-456")
            + "\n"
            + e
            + "\n"
            + e.context()
            + "\n"
            + logger.all();
    assertTrue(logger.all().contains("--> POST"), logger.all());
    assertTrue(logger.all().contains("x-api-key=****"), logger.all());
    assertTrue(logger.all().contains("retrying"), logger.all());
    assertFalse(everything.contains("SECRET"), everything);
  }

  @Test
  void completions_createSyncAndAsync_postPromptAsString() throws Exception {
    server.enqueue(TestResponses.json(200, Fixtures.text("completion.json")));
    server.enqueue(TestResponses.json(200, Fixtures.text("completion.json")));
    GatewayClient client = GatewayClient.builder().baseUrl(server.url("/").toString()).build();

    String sync =
        client.completions().create(TestResponses.completionRequest()).choices().get(0).text();
    String async =
        Mode.join(client.async().completions().create(TestResponses.completionRequest()))
            .choices()
            .get(0)
            .text();

    assertEquals(sync, async);
    var r = server.takeRequest();
    assertEquals("/v1/completions", r.getUrl().encodedPath());
    assertTrue(r.getBody().utf8().contains("\"prompt\":\"Paris is\""), r.getBody().utf8());
  }
}
