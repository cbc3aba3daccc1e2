package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeServerException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import dev.llmgateway.admin.apigee.model.ApiProduct;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String PRODUCT = "{\"name\":\"llm-product\",\"approvalType\":\"auto\"}";

  private ApigeeClient client(int maxRetries) {
    return MockApigee.clientBuilder(server, time)
        .maxRetries(maxRetries)
        .backoff(Duration.ofSeconds(1), Duration.ofSeconds(8))
        .build();
  }

  @ParameterizedTest(name = "HTTP {0} then 200")
  @ValueSource(ints = {429, 500, 502, 503, 504})
  void get_retryableStatusThenSuccess_retriesAfterBackoff(int code) {
    server.enqueue(error(code, "UNAVAILABLE", "try again"));
    server.enqueue(ok(PRODUCT));
    ApiProduct p = client(3).apiProducts().get("llm-product");
    assertEquals("llm-product", p.name());
    assertEquals(2, server.getRequestCount());
    assertEquals(1, time.sleeps().size());
    Duration wait = time.sleeps().get(0);
    assertTrue(
        wait.compareTo(Duration.ofMillis(800)) >= 0 && wait.compareTo(Duration.ofMillis(1200)) <= 0,
        "first backoff about 1 s with 20% jitter but was " + wait);
  }

  @Test
  void post_quotaFaultThenSuccess_retriesAfterRetryAfter() {
    server.enqueue(
        new MockResponse.Builder(error(429, "RESOURCE_EXHAUSTED", "quota"))
            .addHeader("Retry-After", "7")
            .build());
    server.enqueue(ok(PRODUCT));
    client(3).apiProducts().create(ApiProduct.builder().name("llm-product").build());
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void get_retryAfterSecondsAboveMaxBackoff_waitsMaxBackoff() {
    server.enqueue(retryAfter(503, "120"));
    server.enqueue(ok(PRODUCT));
    client(3).apiProducts().get("llm-product");
    assertEquals(List.of(Duration.ofSeconds(8)), time.sleeps());
  }

  @Test
  void get_retryAfterHttpDate_waitsUntilThatDateByTheClock() {
    // FakeTime reads 2026-01-01T00:00:00Z.
    server.enqueue(retryAfter(429, "Thu, 1 Jan 2026 00:00:05 GMT"));
    server.enqueue(ok(PRODUCT));
    client(3).apiProducts().get("llm-product");
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps());
  }

  @Test
  void get_retryAfterHttpDateBeyondMaxBackoff_waitsMaxBackoff() {
    server.enqueue(retryAfter(503, "Thu, 01 Jan 2026 01:00:00 GMT"));
    server.enqueue(ok(PRODUCT));
    client(3).apiProducts().get("llm-product");
    assertEquals(List.of(Duration.ofSeconds(8)), time.sleeps());
  }

  @Test
  void get_retryAfterHttpDateInThePast_retriesAtOnce() {
    server.enqueue(retryAfter(503, "Wed, 31 Dec 2025 23:59:00 GMT"));
    server.enqueue(ok(PRODUCT));
    client(3).apiProducts().get("llm-product");
    assertEquals(List.of(Duration.ZERO), time.sleeps());
  }

  @Test
  void get_retryAfterUnparsable_fallsBackToBackoff() {
    server.enqueue(retryAfter(503, "soon"));
    server.enqueue(ok(PRODUCT));
    client(3).apiProducts().get("llm-product");
    Duration wait = time.sleeps().get(0);
    assertTrue(
        wait.compareTo(Duration.ofMillis(800)) >= 0 && wait.compareTo(Duration.ofMillis(1200)) <= 0,
        "backoff about 1 s but was " + wait);
  }

  private static MockResponse retryAfter(int code, String value) {
    return new MockResponse.Builder(error(code, "UNAVAILABLE", "later"))
        .addHeader("Retry-After", value)
        .build();
  }

  @Test
  void get_alwaysFailing_stopsAfterMaxRetriesWithGrowingBackoff() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(error(503, "UNAVAILABLE", "down"));
    }
    ApigeeServerException e =
        assertThrows(ApigeeServerException.class, () -> client(3).apiProducts().get("p"));
    assertEquals(4, server.getRequestCount());
    assertEquals(3, time.sleeps().size());
    assertTrue(e.getMessage().contains("after 4 attempts"), e.getMessage());
    assertTrue(
        time.sleeps().get(2).compareTo(time.sleeps().get(0)) > 0,
        "backoff grows: " + time.sleeps());
  }

  @ParameterizedTest(name = "HTTP {0} is not retried")
  @ValueSource(ints = {400, 401, 403, 404, 409, 501})
  void clientErrorsAndNotImplemented_areNotRetried(int code) {
    server.enqueue(error(code, "", "no"));
    server.enqueue(ok(PRODUCT));
    assertThrows(ApigeeException.class, () -> client(3).apiProducts().get("p"));
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), time.sleeps());
  }

  @Test
  void maxRetriesZero_turnsRetriesOff() {
    server.enqueue(error(503, "UNAVAILABLE", "down"));
    assertThrows(ApigeeServerException.class, () -> client(0).apiProducts().get("p"));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void get_connectionDroppedThenSuccess_retries() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok(PRODUCT));
    assertEquals("llm-product", client(2).apiProducts().get("llm-product").name());
    assertEquals(1, time.sleeps().size());
  }

  @Test
  void post_connectionDroppedAfterSending_isNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok(PRODUCT));
    ApigeeTransportException e =
        assertThrows(
            ApigeeTransportException.class,
            () -> client(2).apiProducts().create(ApiProduct.builder().name("p").build()));
    assertEquals(0, e.statusCode());
    assertEquals(List.of(), time.sleeps());
  }
}
