package dev.llmgateway.client;

import static dev.llmgateway.client.TestResponses.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.BadRequestException;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.ServiceUnavailableException;
import dev.llmgateway.client.errors.StreamException;
import dev.llmgateway.client.errors.TransportException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetryTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final EventRecorder events = new EventRecorder();

  private GatewayClient client() {
    return TestResponses.builder(server, clock, sleeper).addListener(events).build();
  }

  private static MockResponse quotaFault(int status) {
    return TestResponses.apigeeFault(
        status,
        "policies.ratelimit.QuotaViolation",
        "Rate limit quota violation. Quota limit  exceeded. Identifier : app");
  }

  private List<String> requestIds(int n) throws InterruptedException {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(server.takeRequest().getHeaders().get("x-request-id"));
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void create_quotaFaultThenSuccess_retriesAfterWindowReset(Mode mode) throws Exception {
    server.enqueue(quotaFault(429));
    server.enqueue(TestResponses.chatOk());

    ChatCompletion c = mode.create(client(), TestResponses.chatRequest());

    assertEquals("c1", c.id());
    // 10:00:30 -> the aligned minute window resets at 10:01:00, plus 125 ms spread (random 0.5)
    assertEquals(List.of(Duration.ofMillis(30_125)), sleeper.sleeps);
    List<String> ids = requestIds(2);
    assertEquals(ids.get(0), ids.get(1), "same x-request-id on every retry");
    assertTrue(
        events.events.contains("retry 1 30125ms QuotaExceededException"), events.events.toString());
  }

  @Test
  void create_edgeQuotaFaultWith500_isRetriedByErrorcode() throws Exception {
    server.enqueue(quotaFault(500));
    server.enqueue(TestResponses.chatOk());
    client().chat().create(TestResponses.chatRequest());
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void create_quotaWindowBeyondMaxWait_failsFastWithResetEstimate(Mode mode) {
    server.enqueue(quotaFault(429));
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper)
            .requestQuotaWindow(QuotaWindow.aligned(1, ChronoUnit.HOURS))
            .build();

    QuotaExceededException e =
        assertThrows(
            QuotaExceededException.class, () -> mode.create(client, TestResponses.chatRequest()));

    assertEquals(Instant.parse("2026-01-15T11:00:00Z"), e.resetAt().orElseThrow());
    assertTrue(e.getMessage().contains("2026-01-15T11:00:00Z"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void create_keyFault_isNeverRetried(Mode mode) {
    server.enqueue(TestResponses.apigeeFault(401, "oauth.v2.InvalidApiKey", "Invalid ApiKey"));
    assertThrows(
        AuthenticationException.class, () -> mode.create(client(), TestResponses.chatRequest()));
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
    assertEquals(
        List.of("request 1", "response 1 401", "error AuthenticationException"), events.events);
  }

  @Test
  void create_validationError_isNeverRetried() {
    server.enqueue(TestResponses.text(422, "unprocessable"));
    assertThrows(
        BadRequestException.class, () -> client().chat().create(TestResponses.chatRequest()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void create_eppSheddingThenUnavailableThenOk_backsOffExponentially() throws Exception {
    server.enqueue(
        TestResponses.text(429, "inference gateway: InferencePoolResourceExhausted - x"));
    server.enqueue(TestResponses.text(503, "inference gateway: ServiceUnavailable - y"));
    server.enqueue(TestResponses.chatOk());

    client().chat().create(TestResponses.chatRequest());

    // base 500 ms then 1000 ms, each reduced by jitter 0.25 * 0.5
    assertEquals(
        List.of(Duration.ofMillis(437), Duration.ofMillis(875)), truncateToMillis(sleeper.sleeps));
    List<String> ids = requestIds(3);
    assertEquals(1, ids.stream().distinct().count());
  }

  @Test
  void create_retriesUsedUp_throwsLastFailureWithAttempts() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(TestResponses.text(503, "inference gateway: ServiceUnavailable - y"));
    }
    ServiceUnavailableException e =
        assertThrows(
            ServiceUnavailableException.class,
            () -> client().chat().create(TestResponses.chatRequest()));
    assertEquals(3, e.attempts());
    assertEquals(3, server.getRequestCount());
    assertEquals(2, sleeper.sleeps.size());
  }

  @Test
  void create_retryAfterMsHeader_isHonoured() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After-Ms", "1500")
            .body("busy")
            .build());
    server.enqueue(TestResponses.chatOk());
    client().chat().create(TestResponses.chatRequest());
    assertEquals(List.of(Duration.ofMillis(1500)), sleeper.sleeps);
  }

  @Test
  void create_retryAfterSeconds_isHonoured() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "7")
            .body("slow down")
            .build());
    server.enqueue(TestResponses.chatOk());
    client().chat().create(TestResponses.chatRequest());
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps);
  }

  @Test
  void create_xShouldRetryFalse_isNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("X-Should-Retry", "false")
            .body("no")
            .build());
    assertThrows(
        ServiceUnavailableException.class,
        () -> client().chat().create(TestResponses.chatRequest()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void create_maxRetriesZero_turnsRetriesOff() {
    server.enqueue(TestResponses.text(503, "inference gateway: ServiceUnavailable - y"));
    GatewayClient client = TestResponses.builder(server, clock, sleeper).maxRetries(0).build();
    assertThrows(
        ServiceUnavailableException.class, () -> client.chat().create(TestResponses.chatRequest()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void create_perRequestMaxRetries_overridesClient() {
    server.enqueue(TestResponses.text(503, "x"));
    server.enqueue(TestResponses.text(503, "x"));
    GatewayClient client = TestResponses.builder(server, clock, sleeper).maxRetries(5).build();
    RequestOptions once = RequestOptions.builder().maxRetries(1).build();
    GatewayException e =
        assertThrows(
            GatewayException.class, () -> client.chat().create(TestResponses.chatRequest(), once));
    assertEquals(2, e.attempts());
    assertEquals(2, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void create_perRequestRetrySettings_overrideClientMaxWait(Mode mode) {
    QuotaWindow hourly = QuotaWindow.aligned(1, ChronoUnit.HOURS);
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper).requestQuotaWindow(hourly).build();
    RequestOptions patient =
        RequestOptions.builder()
            .retrySettings(RetrySettings.builder().maxWait(Duration.ofHours(1)).build())
            .build();
    server.enqueue(quotaFault(429));
    server.enqueue(quotaFault(429));
    server.enqueue(TestResponses.chatOk());

    assertThrows(
        QuotaExceededException.class, () -> mode.create(client, TestResponses.chatRequest()));
    assertEquals(List.of(), sleeper.sleeps, "the client's settings cannot reach the next hour");
    assertEquals("c1", mode.create(client, TestResponses.chatRequest(), patient).id());
    // 10:00:30 -> the hourly window resets at 11:00:00; the jitter spread is added on top.
    assertEquals(1, sleeper.sleeps.size());
    assertTrue(
        sleeper.sleeps.get(0).compareTo(Duration.ofMinutes(59).plusSeconds(30)) >= 0,
        sleeper.sleeps.toString());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void create_totalDeadline_stopsBeforeAWaitThatWouldPassIt() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
    server.enqueue(TestResponses.chatOk());
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper)
            .retrySettings(
                RetrySettings.builder().maxRetries(5).totalTimeout(Duration.ofSeconds(3)).build())
            .build();
    assertThrows(
        ServiceUnavailableException.class, () -> client.chat().create(TestResponses.chatRequest()));
    assertEquals(List.of(Duration.ofSeconds(2)), sleeper.sleeps);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void create_connectionRefused_isRetriedThenReportedAsTransport() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    GatewayClient client =
        GatewayClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .clock(clock)
            .sleeper(sleeper)
            .maxRetries(2)
            .build();
    TransportException e =
        assertThrows(
            TransportException.class, () -> client.chat().create(TestResponses.chatRequest()));
    assertEquals(3, e.attempts());
    assertEquals(2, sleeper.sleeps.size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void stream_unavailableBeforeStart_isRetried(Mode mode) throws Exception {
    server.enqueue(TestResponses.text(503, "inference gateway: ServiceUnavailable - y"));
    server.enqueue(TestResponses.sse(List.of(TestResponses.chunk("Hi", "stop"), "[DONE]")));
    try (StreamResponse<ChatCompletionChunk> s =
        mode.stream(client(), TestResponses.chatRequest())) {
      assertEquals(1, s.stream().count());
    }
    List<String> ids = requestIds(2);
    assertEquals(ids.get(0), ids.get(1));
  }

  @Test
  void stream_errorAfterFirstEvent_isNeverRetried() {
    server.enqueue(
        TestResponses.sse(
            List.of(
                TestResponses.chunk("Hi", null),
                "{\"error\":{\"message\":\"engine died\",\"type\":\"InternalServerError\","
                    + "\"param\":null,\"code\":500}}",
                "[DONE]")));
    server.enqueue(TestResponses.chatOk());
    try (StreamResponse<ChatCompletionChunk> s =
        client().chat().stream(TestResponses.chatRequest())) {
      StreamException e = assertThrows(StreamException.class, () -> s.stream().count());
      assertEquals(1, e.chunkIndex());
    }
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
  }

  private static List<Duration> truncateToMillis(List<Duration> ds) {
    return ds.stream()
        .map(d -> Duration.ofMillis(d.toMillis()))
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void listenerFailures_doNotBreakCalls_andAreLoggedAsWarnings() {
    server.enqueue(TestResponses.chatOk());
    CapturingLogger logger = new CapturingLogger();
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper)
            .logger(logger)
            .addListener(
                new GatewayListener() {
                  @Override
                  public void onRequest(CallInfo call, int attempt) {
                    throw new IllegalStateException("boom");
                  }
                })
            .build();
    assertInstanceOf(ChatCompletion.class, client.chat().create(TestResponses.chatRequest()));
    assertTrue(
        logger.lines.stream()
            .anyMatch(
                l ->
                    l.startsWith("WARNING")
                        && l.contains("failed; ignored")
                        && l.contains("IllegalStateException: boom")),
        logger.all());
  }

  @Test
  void create_interruptedWhileWaitingToRetry_stopsWithTransportException() {
    server.enqueue(TestResponses.text(503, "inference gateway: ServiceUnavailable - y"));
    GatewayClient client =
        TestResponses.builder(server, clock, sleeper)
            .sleeper(
                d -> {
                  throw new InterruptedException("shutdown");
                })
            .build();
    try {
      TransportException e =
          assertThrows(
              TransportException.class, () -> client.chat().create(TestResponses.chatRequest()));
      assertTrue(Thread.currentThread().isInterrupted(), "interrupt flag restored");
      assertInstanceOf(InterruptedException.class, e.getCause());
      assertEquals(1, server.getRequestCount());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void create_spikeArrest_shortJitteredRetry() {
    server.enqueue(
        TestResponses.apigeeFault(
            429,
            "policies.ratelimit.SpikeArrestViolation",
            "Spike arrest violation. Allowed rate : 10ps"));
    server.enqueue(TestResponses.chatOk());
    client().chat().create(TestResponses.chatRequest());
    // initialBackoff 500 ms * (0.5 + random 0.5)
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.sleeps);
  }

  @Test
  void create_promptTokenLimit_shortJitteredRetryLikeSpikeArrest() {
    server.enqueue(
        TestResponses.apigeeFault(
            429,
            "policies.prompttokenlimit.PromptTokenLimitViolation",
            "Prompt token limit violation"));
    server.enqueue(TestResponses.chatOk());
    client().chat().create(TestResponses.chatRequest());
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.sleeps);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void create_tokenUsageUnreadableEvenIfMarkedRetryable_isNotResent() {
    server.enqueue(
        TestResponses.apigeeFault(
                500,
                "policies.llmtokenquota.FailedToResolveTokenUsageCount",
                "Failed to resolve token usage count")
            .newBuilder()
            .addHeader("X-Should-Retry", "true")
            .build());
    ServerException e =
        assertThrows(
            ServerException.class, () -> client().chat().create(TestResponses.chatRequest()));
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void create_modelArmorBlock_isABadRequestNeverResent() {
    server.enqueue(
        TestResponses.apigeeFault(
                400,
                "steps.sanitize.user.prompt.FilterMatched",
                "Model armor template filter matched. Policy caught the offending text.")
            .newBuilder()
            .addHeader("X-Should-Retry", "true")
            .build());
    BadRequestException e =
        assertThrows(
            BadRequestException.class, () -> client().chat().create(TestResponses.chatRequest()));
    assertTrue(e.getMessage().contains("Model Armor template"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of(), sleeper.sleeps);
  }

  @Test
  void create_retryAfterHttpDate_waitsUntilThatTime() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "Thu, 15 Jan 2026 10:00:45 GMT")
            .body("busy")
            .build());
    server.enqueue(TestResponses.chatOk());
    client().chat().create(TestResponses.chatRequest());
    assertEquals(List.of(Duration.ofSeconds(15)), sleeper.sleeps);
  }

  @Test
  void create_tokenQuotaFlexiWindow_waitsFromFirstRequest() {
    server.enqueue(
        TestResponses.apigeeFault(
            429,
            "policies.llmtokenquota.LLMTokenQuotaViolation",
            "Rate limit LLM Token quota violation. Quota limit exceeded. Identifier : app"));
    server.enqueue(TestResponses.chatOk());
    client().chat().create(TestResponses.chatRequest());
    // flexi 1 minute from the first request at 10:00:30 -> 10:01:30, plus 125 ms spread
    assertEquals(List.of(Duration.ofMillis(60_125)), sleeper.sleeps);
  }
}
