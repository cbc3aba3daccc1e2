package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.errors.ApigeeServerException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.apigee.model.DeveloperStatus;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import dev.llmgateway.admin.apigee.names.RevisionName;
import dev.llmgateway.client.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7 item 12: non-idempotent calls are re-sent only where the first attempt was provably not
 * processed; idempotent ones keep their retries.
 */
class RetrySafetyFaultTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final DeveloperAppName APP =
      DeveloperAppName.parse("organizations/my-org/developers/jane@example.com/apps/llm-app");
  static final AppKeyName KEY = AppKeyName.of(APP, "custom-KEY_123");
  static final RevisionName REV =
      RevisionName.parse("organizations/my-org/apis/apigee-llm-inf-gw/revisions/3");
  static final String IMPORT = "/v1/organizations/my-org/apis?name=apigee-llm-inf-gw&action=import";

  private ApigeeClient client() {
    return MockApigee.clientBuilder(server, time)
        .maxRetries(3)
        .backoff(Duration.ofSeconds(1), Duration.ofSeconds(8))
        .build();
  }

  static Stream<Arguments> nonIdempotentCalls() {
    List<Object[]> calls =
        List.of(
            call("developers().create", c -> c.developers().create(DevelopersTest.jane())),
            call(
                "developerApps().create",
                c ->
                    c.developerApps()
                        .create("jane@example.com", DeveloperApp.builder().name("a").build())),
            call("apiProducts().create", c -> c.apiProducts().create(product())),
            call("appKeys().create", c -> c.appKeys().create(APP, "custom-KEY_123", "s3cr3t-X")),
            call("appKeys().approve", c -> c.appKeys().approve(KEY)),
            call("appKeys().revokeApiProduct", c -> c.appKeys().revokeApiProduct(KEY, "p")),
            call("developerApps().revoke", c -> c.developerApps().revoke("jane@example.com", "a")),
            call(
                "developers().setStatus",
                c -> c.developers().setStatus("jane@example.com", DeveloperStatus.INACTIVE)),
            call("deployments().deploy", c -> c.deployments().deploy("eval", REV, true)),
            call("apiProxies().importBundle", c -> c.apiProxies().importBundle(bundle())));
    return calls.stream().flatMap(a -> Stream.of(500, 502, 504).map(s -> arguments(a, s)));
  }

  private static Object[] call(String name, Consumer<ApigeeClient> call) {
    return new Object[] {name, call};
  }

  private static Arguments arguments(Object[] call, int status) {
    return Arguments.of(call[0], status, call[1]);
  }

  private static ApiProduct product() {
    return ApiProduct.builder().name("llm-product").build();
  }

  private static ApiProxyBundle bundle() {
    return TokenQuotaPreset.bundle();
  }

  @ParameterizedTest(name = "{0} answered {1}")
  @MethodSource("nonIdempotentCalls")
  void nonIdempotentCall_serverErrorMayHaveBeenApplied_isNotRetried(
      String name, int status, Consumer<ApigeeClient> call) {
    server.enqueue(error(status, "INTERNAL", "backend failed after writing"));
    server.enqueue(error(409, "ALREADY_EXISTS", "exists"));
    ApigeeServerException e =
        assertThrows(ApigeeServerException.class, () -> call.accept(client()));
    assertEquals(1, server.getRequestCount(), name + " was re-sent");
    assertEquals(List.of(), time.sleeps());
    assertTrue(e.getMessage().contains("not retried"), e.getMessage());
    assertFalse(e.getMessage().contains("custom-KEY_123"), e.getMessage());
    assertFalse(e.getMessage().contains("s3cr3t-X"), e.getMessage());
  }

  @Test
  void create_succeededButAnswered500_isNotTurnedIntoAConflict() {
    server.enqueue(error(500, "INTERNAL", "oops"));
    server.enqueue(error(409, "ALREADY_EXISTS", "developer jane@example.com already exists"));
    ApigeeServerException e =
        assertThrows(
            ApigeeServerException.class, () -> client().developers().create(DevelopersTest.jane()));
    assertEquals(500, e.statusCode());
    assertTrue(
        e.getMessage().contains("developers().find(\"jane@example.com\")"),
        "names what to check: " + e.getMessage());
  }

  @ParameterizedTest(name = "import answered {0}")
  @ValueSource(ints = {500, 502, 503, 504})
  void importBundle_serverError_isNotRetriedAndNamesWhatToCheck(int status) {
    server.enqueue(error(status, "UNAVAILABLE", "later"));
    server.enqueue(ok(ProxiesAndDeploymentsTest.REVISION));
    ApigeeServerException e =
        assertThrows(
            ApigeeServerException.class, () -> client().apiProxies().importBundle(bundle()));
    assertEquals(1, server.getRequestCount(), "a second import could add a duplicate revision");
    assertTrue(
        e.getMessage().contains("GET organizations/my-org/apis/apigee-llm-inf-gw"), e.getMessage());
    assertTrue(e.getMessage().contains("ensureImported"), e.getMessage());
  }

  @Test
  void importBundle_connectionCutAfterSending_isNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok(ProxiesAndDeploymentsTest.REVISION));
    ApigeeTransportException e =
        assertThrows(
            ApigeeTransportException.class, () -> client().apiProxies().importBundle(bundle()));
    assertEquals(1, server.getRequestCount());
    assertTrue(e.getMessage().contains("not retried"), e.getMessage());
  }

  @Test
  void importBundle_quotaFault_isRetried() throws Exception {
    server.enqueue(error(429, "RESOURCE_EXHAUSTED", "slow down"));
    server.enqueue(ok(ProxiesAndDeploymentsTest.REVISION));
    assertEquals(3, client().apiProxies().importBundle(bundle()).revisionNumber());
    MockApigee.expect(server, "POST", IMPORT);
    MockApigee.expect(server, "POST", IMPORT);
  }

  @Test
  void create_unavailable503_isRetriedAsNotProcessed() {
    server.enqueue(error(503, "UNAVAILABLE", "try later"));
    server.enqueue(ok(DevelopersTest.STORED));
    assertEquals("jane@example.com", client().developers().create(DevelopersTest.jane()).email());
    assertEquals(2, server.getRequestCount());
    assertEquals(1, time.sleeps().size());
  }

  @Test
  void validate_serverError_isRetriedSinceItCreatesNothing() {
    server.enqueue(error(500, "INTERNAL", "oops"));
    server.enqueue(ok(ProxiesAndDeploymentsTest.REVISION));
    client().apiProxies().validate(bundle());
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest(name = "{0} answered 500 then 200")
  @ValueSource(strings = {"PUT", "DELETE"})
  void idempotentMethods_serverError_areStillRetried(String method) {
    server.enqueue(error(500, "INTERNAL", "oops"));
    server.enqueue(ok(DevelopersTest.STORED));
    if (method.equals("PUT")) {
      client().developers().update(DevelopersTest.jane());
    } else {
      assertTrue(client().developers().delete("jane@example.com"));
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void ensure_createFailsAmbiguously_readsBackInsteadOfPostingAgain() throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "no such developer"));
    server.enqueue(error(500, "INTERNAL", "oops"));
    server.enqueue(ok(DevelopersTest.STORED));
    Ensured<Developer> ensured = client().developers().ensure(DevelopersTest.jane());
    assertEquals("jane@example.com", ensured.value().email());
    MockApigee.expect(server, "GET", "/v1/organizations/my-org/developers/jane@example.com");
    MockApigee.expect(server, "POST", "/v1/organizations/my-org/developers");
    MockApigee.expect(server, "GET", "/v1/organizations/my-org/developers/jane@example.com");
  }

  @Test
  void ensure_createFailsAmbiguouslyAndTheReadShowsNothing_throwsTheFailure() {
    server.enqueue(error(404, "NOT_FOUND", "no such product"));
    server.enqueue(error(502, "", "bad gateway"));
    server.enqueue(error(404, "NOT_FOUND", "no such product"));
    assertThrows(ApigeeServerException.class, () -> client().apiProducts().ensure(product()));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void create_connectionRefusedThenServerUp_isRetriedSinceNothingWasSent() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (MockWebServer late = new MockWebServer()) {
      late.enqueue(ok(DevelopersTest.STORED));
      int p = port;
      Sleeper startServerWhileWaiting =
          d -> {
            time.sleep(d);
            try {
              late.start(InetAddress.getByName("127.0.0.1"), p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          };
      ApigeeClient client =
          MockApigee.clientBuilder(server, time)
              .baseUrl("http://127.0.0.1:" + port + "/")
              .sleeper(startServerWhileWaiting)
              .build();
      assertEquals("jane@example.com", client.developers().create(DevelopersTest.jane()).email());
      assertEquals(1, late.getRequestCount());
      assertEquals(1, time.sleeps().size());
    }
  }

  @Test
  void create_connectTimeoutThenServerAnswers_isRetriedSinceNothingWasSent() {
    // An application interceptor runs before the connection, where OkHttp's connect timeout
    // fires: its failure carries no HttpPolicy mark, like a real connect timeout.
    AtomicInteger calls = new AtomicInteger();
    OkHttpClient timingOutOnce =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  if (calls.incrementAndGet() == 1) {
                    throw new SocketTimeoutException("Connect timed out");
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    server.enqueue(ok(DevelopersTest.STORED));
    ApigeeClient client =
        MockApigee.clientBuilder(server, time)
            .okHttpClient(timingOutOnce)
            .backoff(Duration.ofSeconds(1), Duration.ofSeconds(8))
            .build();

    assertEquals("jane@example.com", client.developers().create(DevelopersTest.jane()).email());

    assertEquals(2, calls.get());
    assertEquals(1, server.getRequestCount(), "the server saw the create once");
    assertEquals(1, time.sleeps().size());
    timingOutOnce.dispatcher().executorService().shutdown();
  }
}
