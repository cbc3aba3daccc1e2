package dev.llmgateway.client.faults;

import static dev.llmgateway.client.TestResponses.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.ApiKeyProvider;
import dev.llmgateway.client.BearerTokenProvider;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.Mode;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.TestResponses;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.StreamException;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7 items 4 and 9 (header values, echoed keys): credentials and header values are checked
 * where they are given, naming the field and never showing the value, and a key a server echoes
 * never reaches a message, an error code or a cause.
 */
class CredentialFaultsTest {
  /** Only identifier characters, so that a JSON parser quotes all of it as one bad token. */
  private static final String ECHOED = "sk_live_SECRET_4711";

  @StartStop final MockWebServer server = new MockWebServer();

  private static void assertRejected(String field, Executable setter) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, setter);
    assertTrue(e.getMessage().startsWith(field), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\u0000", "\u00e9", "\u2028"})
  void credentials_withCrLfControlOrNonAsciiCharacters_areRejectedWhereGiven(String bad) {
    String key = KEY + bad;
    assertRejected("apiKey", () -> GatewayClient.builder().apiKey(key));
    assertRejected("apiKey", () -> ApiKeyProvider.of(key));
    assertRejected("bearerToken", () -> GatewayClient.builder().bearerToken(key));
    assertRejected("bearerToken", () -> BearerTokenProvider.of(key));
    assertRejected("header x-api-key", () -> RequestOptions.builder().putHeader("x-api-key", key));
  }

  @Test
  void providers_returningAKeyWithANewline_failEachCallNamingTheProviderNotTheKey() {
    GatewayClient keyed =
        GatewayClient.builder()
            .baseUrl(server.url("/").toString())
            .apiKeyProvider(() -> KEY + "\n")
            .build();
    GatewayClient bearer =
        GatewayClient.builder()
            .baseUrl(server.url("/").toString())
            .bearerToken(() -> KEY + "\n")
            .build();

    IllegalStateException k =
        assertThrows(
            IllegalStateException.class, () -> keyed.chat().create(TestResponses.chatRequest()));
    IllegalStateException b =
        assertThrows(
            IllegalStateException.class, () -> bearer.chat().create(TestResponses.chatRequest()));

    assertTrue(k.getMessage().startsWith("apiKeyProvider"), k.getMessage());
    assertTrue(b.getMessage().startsWith("bearerTokenProvider"), b.getMessage());
    assertFalse((k.getMessage() + b.getMessage()).contains("SECRET"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void headerValues_withCrLf_areRejectedAtTheBuilderNamingTheHeader() {
    assertRejected(
        "header x-team", () -> RequestOptions.builder().putHeader("x-team", "a\r\nb: c"));
    assertRejected("header x-team", () -> GatewayClient.builder().putHeader("x-team", "a\nb"));
    assertRejected(
        "header " + RequestOptions.INFERENCE_OBJECTIVE_HEADER,
        () -> RequestOptions.builder().inferenceObjective("premium\n"));
    assertRejected("header name", () -> RequestOptions.builder().putHeader("x team", "a"));
  }

  private GatewayClient echoingClient() {
    return GatewayClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(ECHOED)
        .maxRetries(0)
        .build();
  }

  /** Every message in the exception, its causes and their suppressed exceptions. */
  private static String everything(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        sb.append(s).append('\n');
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void create_200EchoingTheKeyAsInvalidJson_messageAndCausesStayClean(Mode mode) {
    server.enqueue(TestResponses.json(200, "{\"id\": " + ECHOED + "}"));

    ServerException e =
        assertThrows(
            ServerException.class, () -> mode.create(echoingClient(), TestResponses.chatRequest()));

    assertFalse(everything(e).contains("SECRET"), everything(e));
    assertTrue(e.getMessage().contains("****"), e.getMessage());
  }

  @Test
  void stream_chunkEchoingTheKeyAsInvalidJson_messageAndCausesStayClean() {
    server.enqueue(TestResponses.sseRaw("data: {\"id\": " + ECHOED + "}\n\n"));

    try (StreamResponse<ChatCompletionChunk> s =
        echoingClient().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertFalse(everything(e).contains("SECRET"), everything(e));
    }
  }

  @Test
  void errorCodeEchoingTheKey_isScrubbedInTheCodeAndTheMessage() {
    String body = "{\"error\":{\"message\":\"denied\",\"code\":\"" + ECHOED + "\"}}";
    server.enqueue(TestResponses.json(401, body));
    server.enqueue(TestResponses.sse(List.of(TestResponses.chunk("a", null), body)));
    GatewayClient client = echoingClient();

    GatewayException create =
        assertThrows(
            AuthenticationException.class, () -> client.chat().create(TestResponses.chatRequest()));
    GatewayException stream;
    try (StreamResponse<ChatCompletionChunk> s =
        client.chat().stream(TestResponses.chatRequest())) {
      stream = assertThrows(StreamException.class, () -> s.stream().count());
    }

    for (GatewayException e : List.of(create, stream)) {
      assertEquals("****", e.errorCode().orElseThrow());
      assertFalse(everything(e).contains("SECRET"), everything(e));
      assertTrue(e.rawBody().contains(ECHOED), "the raw body is kept as the server sent it");
    }
  }
}
