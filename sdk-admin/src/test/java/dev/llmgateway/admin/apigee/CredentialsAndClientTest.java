package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.json;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static dev.llmgateway.admin.apigee.MockApigee.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.UserCredentials;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeUnauthenticatedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class CredentialsAndClientTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String PRODUCT = "{\"name\":\"p\"}";

  private UserCredentials userCredentials() {
    return UserCredentials.newBuilder()
        .setClientId("client-id")
        .setClientSecret("client-secret")
        .setRefreshToken("refresh-token")
        .setTokenServerUri(URI.create(server.url("/token").toString()))
        .build();
  }

  @Test
  void googleCredentials_fetchTokenFromTokenEndpointAndSendItAsBearer() throws Exception {
    server.enqueue(
        ok(
            "{\"access_token\":\"ya29.fresh-SECRET\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"));
    server.enqueue(ok(PRODUCT));
    server.enqueue(ok(PRODUCT));
    ApigeeClient client =
        ApigeeClient.builder()
            .baseUrl(server.url("/").toString())
            .organization("my-org")
            .credentials(userCredentials())
            .build();
    client.apiProducts().get("p");
    client.apiProducts().get("p");

    RecordedRequest token = take(server);
    assertEquals("POST /token", token.getMethod() + " " + token.getTarget());
    assertTrue(token.getBody().utf8().contains("grant_type=refresh_token"));
    for (int i = 0; i < 2; i++) {
      RecordedRequest api = take(server);
      assertEquals("/v1/organizations/my-org/apiproducts/p", api.getTarget());
      assertEquals("Bearer ya29.fresh-SECRET", api.getHeaders().get("Authorization"));
    }
    assertEquals(3, server.getRequestCount(), "the token is cached, not fetched per request");
    assertFalse(client.toString().contains("SECRET"), client.toString());
  }

  @Test
  void tokenRejectedBeforeLocalExpiry_isRefreshedOnceAndTheCallResent() throws Exception {
    server.enqueue(ok("{\"access_token\":\"ya29.old\",\"expires_in\":3600}"));
    server.enqueue(error(401, "UNAUTHENTICATED", "token revoked"));
    server.enqueue(ok("{\"access_token\":\"ya29.new\",\"expires_in\":3600}"));
    server.enqueue(ok(PRODUCT));
    ApigeeClient client =
        ApigeeClient.builder()
            .baseUrl(server.url("/").toString())
            .organization("my-org")
            .credentials(userCredentials())
            .sleeper(time)
            .build();
    assertEquals("p", client.apiProducts().get("p").name());
    assertEquals("/token", take(server).getTarget());
    assertEquals("Bearer ya29.old", take(server).getHeaders().get("Authorization"));
    assertEquals("/token", take(server).getTarget());
    assertEquals("Bearer ya29.new", take(server).getHeaders().get("Authorization"));
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void fixedAccessTokenRejected_failsAfterOneRequest() {
    server.enqueue(error(401, "UNAUTHENTICATED", "expired"));
    server.enqueue(ok(PRODUCT));
    assertThrows(
        ApigeeUnauthenticatedException.class,
        () -> MockApigee.client(server, time).apiProducts().get("p"));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void tokenEndpointRejectsRefresh_throwsUnauthenticatedWithoutSecrets() {
    server.enqueue(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Bad\"}"));
    ApigeeClient client =
        ApigeeClient.builder()
            .baseUrl(server.url("/").toString())
            .organization("my-org")
            .credentials(userCredentials())
            .build();
    ApigeeUnauthenticatedException e =
        assertThrows(ApigeeUnauthenticatedException.class, () -> client.apiProducts().get("p"));
    assertEquals("UNAUTHENTICATED", e.status());
    assertFalse(e.getMessage().contains("refresh-token"), e.getMessage());
    assertFalse(e.getMessage().contains("client-secret"), e.getMessage());
  }

  @Test
  void unauthenticated_sendsNoAuthorizationHeader() throws Exception {
    server.enqueue(ok(PRODUCT));
    ApigeeClient.builder()
        .baseUrl(server.url("/").toString())
        .organization("my-org")
        .unauthenticated()
        .build()
        .apiProducts()
        .get("p");
    assertNull(take(server).getHeaders().get("Authorization"));
  }

  @Test
  void build_withoutOrganization_failsNamingOrganization() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ApigeeClient.builder().accessToken("t0ken").build());
    assertEquals("organization must not be null", e.getMessage());
  }

  @Test
  void build_blankOrganizationOrBadSettings_failNamingTheField() {
    assertEquals(
        "organization must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> ApigeeClient.builder().organization(" ").accessToken("t0ken").build())
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ApigeeClient.builder()
                        .organization("o")
                        .baseUrl("apigee.googleapis.com")
                        .accessToken("t0ken")
                        .build())
            .getMessage()
            .startsWith("baseUrl must be an http or https URL"));
    assertEquals(
        "maxRetries must be >= 0 but was -1",
        assertThrows(IllegalArgumentException.class, () -> ApigeeClient.builder().maxRetries(-1))
            .getMessage());
    assertEquals(
        "accessToken must not be blank",
        assertThrows(IllegalArgumentException.class, () -> ApigeeClient.builder().accessToken(""))
            .getMessage());
  }

  @Test
  void toString_showsOrganizationButNeverTheToken() {
    ApigeeClient client = MockApigee.client(server, time);
    String s = client.toString();
    assertTrue(s.contains("organization=my-org"), s);
    assertTrue(s.contains("credentials=access token"), s);
    assertFalse(s.contains(MockApigee.TOKEN), s);
  }

  @Test
  void baseUrlWithV1OrRegionalPath_buildsTheSameRequestPaths() throws Exception {
    server.enqueue(ok(PRODUCT));
    server.enqueue(ok(PRODUCT));
    MockApigee.clientBuilder(server, time)
        .baseUrl(server.url("/v1").toString())
        .build()
        .apiProducts()
        .get("p");
    MockApigee.clientBuilder(server, time)
        .baseUrl(server.url("/apigee-emulator/").toString())
        .build()
        .apiProducts()
        .get("p");
    assertEquals("/v1/organizations/my-org/apiproducts/p", take(server).getTarget());
    assertEquals(
        "/apigee-emulator/v1/organizations/my-org/apiproducts/p", take(server).getTarget());
  }

  @Test
  void oneClient_servesConcurrentCallersFromManyThreads() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String product = request.getUrl().pathSegments().get(4);
            return ok("{\"name\":\"" + product + "\"}");
          }
        });
    ApigeeClient client = MockApigee.client(server, time);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String name = "p" + i;
        results.add(pool.submit(() -> client.apiProducts().get(name).name()));
      }
      for (int i = 0; i < 64; i++) {
        assertEquals("p" + i, results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(64, server.getRequestCount());
  }

  @Test
  void logs_recordRequestsAndRetriesButNeverTheToken() {
    Logger logger = Logger.getLogger("dev.llmgateway.admin.apigee");
    List<String> lines = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            lines.add(r.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
    logger.setUseParentHandlers(false); // captured, not printed
    try {
      server.enqueue(error(503, "UNAVAILABLE", "token " + MockApigee.TOKEN));
      server.enqueue(error(401, "UNAUTHENTICATED", "bad token " + MockApigee.TOKEN));
      assertThrows(
          ApigeeException.class, () -> MockApigee.client(server, time).apiProducts().get("p"));
    } finally {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(true);
      logger.setLevel(previous);
    }
    assertTrue(lines.size() >= 3, "expected request and retry logs: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.contains("will be retried")), lines.toString());
    for (String line : lines) {
      assertFalse(line.contains(MockApigee.TOKEN), line);
    }
  }
}
