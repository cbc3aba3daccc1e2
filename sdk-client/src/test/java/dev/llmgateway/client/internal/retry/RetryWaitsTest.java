package dev.llmgateway.client.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.BadRequestException;
import dev.llmgateway.client.errors.ErrorContext;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.GatewayTimeoutException;
import dev.llmgateway.client.errors.NotFoundException;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.client.errors.RateLimitedException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.ServiceUnavailableException;
import dev.llmgateway.client.errors.StreamException;
import dev.llmgateway.client.errors.TransportException;
import dev.llmgateway.client.internal.http.HttpPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryWaitsTest {
  private static final Instant NOW = Instant.parse("2026-01-15T10:00:30Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final RetrySettings DEFAULTS = RetrySettings.defaultSettings();

  private static ErrorContext ctx(int status, @Nullable String code, Map<String, List<String>> h) {
    return ErrorContext.builder()
        .statusCode(status)
        .errorCode(code)
        .source(ErrorSource.GATEWAY)
        .headers(h)
        .build();
  }

  private static GatewayException unavailable(Map<String, List<String>> headers) {
    return new ServiceUnavailableException("x", ctx(503, null, headers), null);
  }

  private static RetryWaits waits(double random) {
    return new RetryWaits(CLOCK, () -> random);
  }

  @Test
  void decide_retryAfterMs_isUsedExactly() {
    RetryDecision d =
        waits(0.5).decide(unavailable(Map.of("retry-after-ms", List.of("1234"))), 0, DEFAULTS);
    assertEquals(Duration.ofMillis(1234), d.waitTime());
  }

  @Test
  void decide_retryAfterMsBeatsRetryAfter() {
    RetryDecision d =
        waits(0.5)
            .decide(
                unavailable(Map.of("retry-after-ms", List.of("200"), "retry-after", List.of("9"))),
                0,
                DEFAULTS);
    assertEquals(Duration.ofMillis(200), d.waitTime());
  }

  @Test
  void decide_retryAfterSeconds_isUsed() {
    RetryDecision d =
        waits(0.5).decide(unavailable(Map.of("retry-after", List.of("3"))), 0, DEFAULTS);
    assertEquals(Duration.ofSeconds(3), d.waitTime());
  }

  @Test
  void decide_retryAfterHttpDate_isRelativeToClock() {
    RetryDecision d =
        waits(0.5)
            .decide(
                unavailable(Map.of("retry-after", List.of("Thu, 15 Jan 2026 10:00:42 GMT"))),
                0,
                DEFAULTS);
    assertEquals(Duration.ofSeconds(12), d.waitTime());
  }

  @Test
  void decide_retryAfterBeyondMaxWait_failsFast() {
    RetryDecision d =
        waits(0.5).decide(unavailable(Map.of("retry-after", List.of("600"))), 0, DEFAULTS);
    assertFalse(d.retry());
    assertTrue(d.reason().contains("maxWait"), d.reason());
  }

  @Test
  void backoff_growsExponentiallyWithinJitterBounds() {
    RetrySettings s =
        RetrySettings.builder()
            .initialBackoff(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(1000))
            .backoffMultiplier(2)
            .jitter(0.25)
            .build();
    // random 0 -> no reduction (upper bound); random ~1 -> reduced by the full jitter (lower bound)
    assertEquals(Duration.ofMillis(100), waits(0.0).backoff(0, s));
    assertEquals(Duration.ofMillis(400), waits(0.0).backoff(2, s));
    assertEquals(Duration.ofMillis(1000), waits(0.0).backoff(10, s), "capped at maxBackoff");
    assertEquals(Duration.ofMillis(75), waits(1.0).backoff(0, s));
    assertEquals(Duration.ofMillis(750), waits(1.0).backoff(10, s));
    for (int i = 0; i < 5; i++) {
      long ms = new RetryWaits(CLOCK).backoff(i, s).toMillis();
      long base = Math.min(1000, 100L << i);
      assertTrue(ms >= base * 3 / 4 && ms <= base, "retry " + i + ": " + ms);
    }
  }

  @Test
  void decide_quotaResetWithinMaxWait_waitsUntilReset() {
    Instant reset = Instant.parse("2026-01-15T10:01:00Z");
    QuotaExceededException e =
        new QuotaExceededException(
            "q", ctx(429, QuotaResetEstimator.REQUEST_QUOTA, Map.of()), reset);
    RetryDecision d = waits(0.0).decide(e, 0, DEFAULTS);
    assertEquals(Duration.ofSeconds(30), d.waitTime());
    RetryDecision spread = waits(0.5).decide(e, 0, DEFAULTS);
    assertEquals(Duration.ofSeconds(30).plusMillis(125), spread.waitTime());
  }

  @Test
  void decide_quotaResetBeyondMaxWait_failsFast() {
    Instant reset = Instant.parse("2026-01-15T11:00:00Z");
    QuotaExceededException e =
        new QuotaExceededException(
            "q", ctx(429, QuotaResetEstimator.REQUEST_QUOTA, Map.of()), reset);
    RetryDecision d = waits(0.0).decide(e, 0, DEFAULTS);
    assertFalse(d.retry());
    assertTrue(d.reason().contains("2026-01-15T11:00:00Z"), d.reason());
  }

  @Test
  void decide_spikeArrest_shortJitteredWait() {
    GatewayException e =
        new RateLimitedException(
            "s", ctx(429, "policies.ratelimit.SpikeArrestViolation", Map.of()), null);
    assertEquals(Duration.ofMillis(250), waits(0.0).decide(e, 3, DEFAULTS).waitTime());
    assertEquals(Duration.ofMillis(500), waits(0.5).decide(e, 3, DEFAULTS).waitTime());
  }

  @Test
  void decide_eppShedding_backsOff() {
    GatewayException e =
        new RateLimitedException("r", ctx(429, "InferencePoolResourceExhausted", Map.of()), null);
    assertEquals(Duration.ofMillis(1000), waits(0.0).decide(e, 1, DEFAULTS).waitTime());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "auth",
        "400",
        "404",
        "413",
        "415",
        "422",
        "500",
        "stream",
        "read",
        "tls",
        "redirect"
      })
  void decide_nonRetryableFailures_stop(String kind) {
    GatewayException e;
    switch (kind) {
      case "auth":
        e = new AuthenticationException("a", ctx(401, "oauth.v2.InvalidApiKey", Map.of()), null);
        break;
      case "404":
        e = new NotFoundException("n", ctx(404, null, Map.of()), null);
        break;
      case "500":
        e = new ServerException("s", ctx(500, null, Map.of()), null);
        break;
      case "stream":
        e = new StreamException("s", ctx(200, null, Map.of()), 3, null);
        break;
      case "read":
        IOException reset = HttpPolicy.markRequestSent(new IOException("reset"));
        e = new TransportException("t", ctx(0, null, Map.of()), reset);
        break;
      case "tls":
        e = new TransportException("t", ctx(0, null, Map.of()), new SSLHandshakeException("cert"));
        break;
      case "redirect":
        e =
            new ServerException(
                "r", ctx(307, null, Map.of("x-should-retry", List.of("true"))), null);
        break;
      default:
        e = new BadRequestException("b", ctx(Integer.parseInt(kind), null, Map.of()), null, false);
    }
    assertFalse(waits(0.5).decide(e, 0, DEFAULTS).retry(), kind);
  }

  @Test
  void decide_connectFailureAndGateway504_retry() {
    GatewayException connect =
        new TransportException("t", ctx(0, null, Map.of()), new ConnectException("refused"));
    GatewayException timeout = new GatewayTimeoutException("t", ctx(504, null, Map.of()), null);
    GatewayException connectTimeout =
        new TransportException(
            "t", ctx(0, null, Map.of()), new SocketTimeoutException("Connect timed out"));
    GatewayException clientTimeout = new GatewayTimeoutException("t", ctx(0, null, Map.of()), null);
    assertTrue(waits(0.5).decide(connect, 0, DEFAULTS).retry());
    assertTrue(waits(0.5).decide(connectTimeout, 0, DEFAULTS).retry(), "an unmarked failure");
    assertTrue(waits(0.5).decide(timeout, 0, DEFAULTS).retry());
    assertFalse(waits(0.5).decide(clientTimeout, 0, DEFAULTS).retry(), "may have been processed");
  }

  @Test
  void decide_xShouldRetryHeader_overridesTheTable() {
    GatewayException noRetry = unavailable(Map.of("x-should-retry", List.of("false")));
    GatewayException retry =
        new ServerException("s", ctx(500, null, Map.of("x-should-retry", List.of("true"))), null);
    assertFalse(waits(0.5).decide(noRetry, 0, DEFAULTS).retry());
    assertTrue(waits(0.5).decide(retry, 0, DEFAULTS).retry());
  }

  @Test
  void decide_xShouldRetryTrue_neverRetriesKeyFaultsOrValidationErrors() {
    Map<String, List<String>> yes = Map.of("x-should-retry", List.of("true"));
    GatewayException key =
        new AuthenticationException("a", ctx(401, "oauth.v2.InvalidApiKey", yes), null);
    GatewayException bad = new BadRequestException("b", ctx(422, null, yes), null, false);
    GatewayException unknownModel = new NotFoundException("n", ctx(404, null, yes), null);
    assertFalse(waits(0.5).decide(key, 0, DEFAULTS).retry());
    assertFalse(waits(0.5).decide(bad, 0, DEFAULTS).retry());
    assertFalse(waits(0.5).decide(unknownModel, 0, DEFAULTS).retry());
  }

  @Test
  void table_lastRowCatchesEverythingAndNeverRetries() {
    List<RetryTable.Row> rows = RetryTable.rows();
    assertEquals(RetryKind.NEVER, rows.get(rows.size() - 1).kind());
    assertEquals(RetryKind.NEVER, rows.get(0).kind(), "stream rows come first");
  }
}
