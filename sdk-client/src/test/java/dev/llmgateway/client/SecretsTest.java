package dev.llmgateway.client;

import static dev.llmgateway.client.TestResponses.KEY;
import static dev.llmgateway.client.TestResponses.chunk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.StreamException;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Credentials never reach {@code toString()}, exception messages or logs (at any level), even when
 * a server echoes them back in an error body; the raw body itself is kept unchanged by design.
 */
class SecretsTest {
  private static final String BEARER = "bearer-SECRET-456";
  private static final String OPTION_KEY = "option-SECRET-789";

  @StartStop final MockWebServer server = new MockWebServer();
  private final CapturingLogger logger = new CapturingLogger();

  private GatewayClient client() {
    return GatewayClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(KEY)
        .bearerToken(BEARER)
        .logger(logger)
        .maxRetries(1)
        .sleeper(d -> {})
        .build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void create_serverEchoesCredentials_messagesAndLogsStayClean(Mode mode) {
    // Retried first (503 echoing the bearer token), then a key fault echoing the API key.
    server.enqueue(TestResponses.text(503, "upstream rejected Authorization: Bearer " + BEARER));
    server.enqueue(
        TestResponses.json(
            401,
            "{\"error\":{\"message\":\"Invalid API key "
                + KEY
                + "\",\"type\":\"AuthenticationError\",\"param\":null,\"code\":401}}"));

    GatewayException e =
        assertThrows(
            AuthenticationException.class,
            () -> mode.create(client(), TestResponses.chatRequest()));

    assertTrue(e.getMessage().contains("Invalid API key ****"), e.getMessage());
    assertTrue(e.rawBody().contains(KEY), "the raw body is kept as the server sent it");
    String everything = e + "\n" + e.context() + "\n" + logger.all();
    assertTrue(logger.all().contains("retrying"), logger.all());
    assertFalse(everything.contains("SECRET"), everything);
  }

  @Test
  void create_serverEchoesPerRequestKeyInPlainText_messageIsScrubbed() {
    server.enqueue(TestResponses.text(403, "key " + OPTION_KEY + " is not allowed here"));
    RequestOptions options = RequestOptions.builder().putHeader("x-api-key", OPTION_KEY).build();

    GatewayException e =
        assertThrows(
            AuthenticationException.class,
            () -> client().chat().create(TestResponses.chatRequest(), options));

    assertTrue(e.getMessage().contains("key **** is not allowed"), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
  }

  @Test
  void stream_errorEventEchoesKey_messageIsScrubbed() {
    server.enqueue(
        TestResponses.sse(
            List.of(
                chunk("a", null),
                "{\"error\":{\"message\":\"key " + KEY + " revoked\",\"code\":401}}",
                "[DONE]")));

    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(1, e.chunkIndex());
      assertFalse((e + "\n" + logger.all()).contains("SECRET"), e + "\n" + logger.all());
    }
  }

  @Test
  void toString_ofClientsOptionsBuildersAndProviders_neverShowsCredentials() {
    GoogleCredentials google = GoogleCredentials.create(new AccessToken("ya29-SECRET", null));
    GatewayClient.Builder builder = GatewayClient.builder().baseUrl("http://h").apiKey(KEY);
    RequestOptions.Builder optionsBuilder =
        RequestOptions.builder()
            .putHeader("x-api-key", OPTION_KEY)
            .putHeader("Authorization", "Bearer " + BEARER);
    GatewayClient client = client();

    String everything =
        String.join(
            "\n",
            client.toString(),
            client.withOptions(optionsBuilder.build()).toString(),
            builder.toString(),
            optionsBuilder.toString(),
            optionsBuilder.build().toString(),
            ApiKeyProvider.of(KEY).toString(),
            BearerTokenProvider.of(BEARER).toString(),
            GoogleBearerTokenProvider.of(google).toString());

    assertFalse(everything.contains("SECRET"), everything);
    client.close();
  }
}
