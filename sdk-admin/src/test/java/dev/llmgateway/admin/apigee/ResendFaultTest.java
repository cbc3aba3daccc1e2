package dev.llmgateway.admin.apigee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.auth.oauth2.UserCredentials;
import dev.llmgateway.admin.apigee.errors.ApigeeServerException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 item 11: OkHttp never re-sends on its own; the retry rules are the only thing that
 * re-sends, and the attempts an error reports are the requests the server received.
 */
class ResendFaultTest {

  static final String PRODUCT = "{\"name\":\"p\"}";
  static final String DEVELOPERS = "POST /v1/organizations/my-org/developers";
  static final String GET_P = "GET /v1/organizations/my-org/apiproducts/p";

  final FakeTime time = new FakeTime();
  final CuttingServer server = new CuttingServer();

  ResendFaultTest() throws Exception {}

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private ApigeeClient.Builder builder(int maxRetries) {
    return ApigeeClient.builder()
        .baseUrl(server.url())
        .organization("my-org")
        .accessToken(MockApigee.TOKEN)
        .maxRetries(maxRetries)
        .backoff(Duration.ofSeconds(1), Duration.ofSeconds(8))
        .clock(time)
        .sleeper(time);
  }

  @Test
  void create_pooledConnectionCutAfterBodyRead_reachesTheServerOnce() {
    server.respond(PRODUCT); // the GET leaves a connection in the pool; the POST reuses it
    ApigeeClient client = builder(3).build();
    client.apiProducts().get("p");
    ApigeeTransportException e =
        assertThrows(
            ApigeeTransportException.class,
            () -> client.developers().create(DevelopersTest.jane()));
    assertEquals(List.of(GET_P, DEVELOPERS), server.requests());
    assertTrue(e.getMessage().contains("after 1 attempt"), e.getMessage());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void create_suppliedClientWithRetryOnConnectionFailure_stillReachesTheServerOnce() {
    server.respond(PRODUCT);
    OkHttpClient supplied = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    ApigeeClient client = builder(3).okHttpClient(supplied).build();
    client.apiProducts().get("p");
    assertThrows(
        ApigeeTransportException.class,
        () -> client.apiProducts().create(ApiProduct.builder().name("q").build()));
    assertEquals(
        1, Collections.frequency(server.requests(), "POST /v1/organizations/my-org/apiproducts"));
    assertTrue(supplied.retryOnConnectionFailure(), "the supplied client itself is unchanged");
  }

  @Test
  void get_everyConnectionCut_attemptsReportedEqualRequestsReceived() {
    ApigeeClient client = builder(2).build();
    ApigeeTransportException e =
        assertThrows(ApigeeTransportException.class, () -> client.apiProducts().get("p"));
    assertEquals(List.of(GET_P, GET_P, GET_P), server.requests());
    assertTrue(e.getMessage().contains("after 3 attempt"), e.getMessage());
    assertEquals(2, time.sleeps().size());
  }

  @Test
  void get_pooledConnectionCutWithRetriesOff_isSentOnce() {
    server.respond(PRODUCT);
    ApigeeClient client = builder(0).build();
    client.apiProducts().get("p");
    ApigeeTransportException e =
        assertThrows(ApigeeTransportException.class, () -> client.apiProducts().get("p"));
    assertEquals(List.of(GET_P, GET_P), server.requests(), "maxRetries(0) means one request");
    assertTrue(e.getMessage().contains("after 1 attempt"), e.getMessage());
  }

  @Test
  void tokenRefreshedAfter401_theResentRequestCountsAsAnAttempt() throws Exception {
    try (MockWebServer api = new MockWebServer()) {
      api.start();
      api.enqueue(MockApigee.ok("{\"access_token\":\"ya29.old\",\"expires_in\":3600}"));
      api.enqueue(MockApigee.error(401, "UNAUTHENTICATED", "token revoked"));
      api.enqueue(MockApigee.ok("{\"access_token\":\"ya29.new\",\"expires_in\":3600}"));
      api.enqueue(MockApigee.error(503, "UNAVAILABLE", "down"));
      api.enqueue(MockApigee.error(503, "UNAVAILABLE", "down"));
      UserCredentials credentials =
          UserCredentials.newBuilder()
              .setClientId("client-id")
              .setClientSecret("client-secret")
              .setRefreshToken("refresh-token")
              .setTokenServerUri(URI.create(api.url("/token").toString()))
              .build();
      ApigeeClient client =
          builder(1).baseUrl(api.url("/").toString()).credentials(credentials).build();
      ApigeeServerException e =
          assertThrows(ApigeeServerException.class, () -> client.apiProducts().get("p"));
      assertEquals(5, api.getRequestCount(), "2 token requests and 3 API requests");
      assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
      assertEquals(1, time.sleeps().size(), "the re-send after refreshing is not a retry");
    }
  }
}
