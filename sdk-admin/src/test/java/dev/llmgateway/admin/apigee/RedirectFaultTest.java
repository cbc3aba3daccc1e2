package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.errors.ApigeeRedirectException;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7 item 10: a 3xx from the management API is a typed error; it is never followed, so the
 * token and a create's body (a consumer key and secret) never reach another origin.
 */
class RedirectFaultTest {

  @StartStop final MockWebServer server = new MockWebServer();
  @StartStop final MockWebServer other = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final DeveloperAppName APP =
      DeveloperAppName.parse("organizations/my-org/developers/jane@example.com/apps/llm-app");
  static final String KEY = "custom-KEY_123";
  static final String SECRET = "custom-SECRET_456";

  private MockResponse redirect(int code) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Location", other.url("/v1/stolen?token=x").toString())
        .build();
  }

  private String otherOrigin() {
    return "http://" + other.getHostName() + ":" + other.getPort();
  }

  @Test
  void appKeysCreate_307ToOtherHost_neverSendsKeyOrSecretThere() {
    server.enqueue(redirect(307));
    other.enqueue(ok("{\"consumerKey\":\"" + KEY + "\",\"status\":\"approved\"}"));
    ApigeeRedirectException e =
        assertThrows(
            ApigeeRedirectException.class,
            () -> MockApigee.client(server, time).appKeys().create(APP, KEY, SECRET));
    assertEquals(0, other.getRequestCount(), "the other origin received the key and secret");
    assertEquals(1, server.getRequestCount());
    assertEquals(307, e.statusCode());
    assertEquals(otherOrigin(), e.targetOrigin().orElseThrow());
    assertEquals(List.of(), time.sleeps(), "a redirect is not retried");
    for (String secret : List.of(KEY, SECRET, MockApigee.TOKEN, "token=x", "/stolen")) {
      assertFalse(e.getMessage().contains(secret), e.getMessage());
    }
  }

  @Test
  void developersCreate_302_isNotTurnedIntoAGetReportedAsCreated() {
    server.enqueue(redirect(302));
    other.enqueue(ok(DevelopersTest.STORED));
    ApigeeRedirectException e =
        assertThrows(
            ApigeeRedirectException.class,
            () -> MockApigee.client(server, time).developers().create(DevelopersTest.jane()));
    assertEquals(0, other.getRequestCount());
    assertTrue(e.getMessage().contains("HTTP 302"), e.getMessage());
    assertTrue(e.getMessage().contains("POST organizations/my-org/developers"), e.getMessage());
    assertTrue(e.getMessage().contains("baseUrl"), "says what to check: " + e.getMessage());
  }

  @Test
  void get_redirectedToOtherOrigin_isNotAnsweredSilently() {
    server.enqueue(redirect(301));
    other.enqueue(ok("{\"name\":\"llm-product\"}"));
    assertThrows(
        ApigeeRedirectException.class,
        () -> MockApigee.client(server, time).apiProducts().get("llm-product"));
    assertEquals(0, other.getRequestCount());
  }

  @ParameterizedTest(name = "HTTP {0} from a supplied client that follows redirects")
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void suppliedOkHttpClientFollowingRedirects_stillNeverFollows(int code) {
    server.enqueue(redirect(code));
    other.enqueue(ok(DevelopersTest.STORED));
    OkHttpClient supplied =
        new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();
    ApigeeClient client = MockApigee.clientBuilder(server, time).okHttpClient(supplied).build();
    ApigeeRedirectException e =
        assertThrows(
            ApigeeRedirectException.class, () -> client.developers().create(DevelopersTest.jane()));
    assertEquals(code, e.statusCode());
    assertEquals(0, other.getRequestCount());
    assertTrue(supplied.followRedirects(), "the supplied client itself is left as it was");
  }

  @Test
  void sameOriginRedirect_isNotFollowedEither() {
    server.enqueue(
        new MockResponse.Builder().code(308).addHeader("Location", "/v1/elsewhere").build());
    server.enqueue(ok("{\"name\":\"llm-product\"}"));
    ApigeeRedirectException e =
        assertThrows(
            ApigeeRedirectException.class,
            () -> MockApigee.client(server, time).apiProducts().get("llm-product"));
    assertEquals(1, server.getRequestCount());
    assertEquals(
        "http://" + server.getHostName() + ":" + server.getPort(), e.targetOrigin().orElseThrow());
  }

  @Test
  void redirectWithoutLocation_isTypedWithoutTarget() {
    server.enqueue(new MockResponse.Builder().code(302).build());
    ApigeeRedirectException e =
        assertThrows(
            ApigeeRedirectException.class,
            () -> MockApigee.client(server, time).apiProducts().get("llm-product"));
    assertTrue(e.targetOrigin().isEmpty());
  }
}
