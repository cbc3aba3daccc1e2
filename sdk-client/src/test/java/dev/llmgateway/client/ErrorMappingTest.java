package dev.llmgateway.client;

import static dev.llmgateway.client.TestResponses.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.BadRequestException;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.GatewayTimeoutException;
import dev.llmgateway.client.errors.NotFoundException;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.client.errors.RateLimitedException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.ServiceUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of DESIGN tables 9.1 (Apigee), 9.2 (Endpoint Picker) and 9.3 (vLLM). */
class ErrorMappingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static final class Row {
    final String name;
    final MockResponse response;
    final Class<? extends GatewayException> type;
    final @Nullable String code;
    final ErrorSource source;

    Row(
        String name,
        MockResponse response,
        Class<? extends GatewayException> type,
        @Nullable String code,
        ErrorSource source) {
      this.name = name;
      this.response = response;
      this.type = type;
      this.code = code;
      this.source = source;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Row apigee(
      int status, String code, String faultstring, Class<? extends GatewayException> type) {
    return new Row(
        "apigee " + status + " " + code,
        TestResponses.apigeeFault(status, code, faultstring),
        type,
        code,
        ErrorSource.APIGEE);
  }

  private static Row epp(
      int status, String body, Class<? extends GatewayException> type, String code) {
    return new Row(
        "epp " + status + " " + body,
        TestResponses.text(status, body),
        type,
        code,
        ErrorSource.GATEWAY);
  }

  private static Row vllm(
      int status, String body, Class<? extends GatewayException> type, @Nullable String code) {
    return new Row(
        "vllm " + status + " " + body,
        TestResponses.json(status, body),
        type,
        code,
        ErrorSource.MODEL_SERVER);
  }

  static Stream<Arguments> rows() {
    List<Row> rows = new ArrayList<>();
    // 9.1 Apigee runtime faults
    rows.add(
        apigee(
            401,
            "steps.oauth.v2.FailedToResolveAPIKey",
            "Failed to resolve API Key variable request.header.x-api-key",
            AuthenticationException.class));
    rows.add(
        apigee(401, "oauth.v2.InvalidApiKey", "Invalid ApiKey", AuthenticationException.class));
    rows.add(
        apigee(
            401,
            "oauth.v2.InvalidApiKeyForGivenResource",
            "Invalid ApiKey for given resource",
            AuthenticationException.class));
    rows.add(
        apigee(
            401,
            "oauth.v2.ApiKeyNotApproved",
            "ApiKey not approved",
            AuthenticationException.class));
    rows.add(
        apigee(
            401,
            "keymanagement.service.consumer_key_expired",
            "Consumer key expired",
            AuthenticationException.class));
    rows.add(
        apigee(
            401,
            "keymanagement.service.invalid_client-app_not_approved",
            "App not approved",
            AuthenticationException.class));
    rows.add(
        apigee(
            401,
            "keymanagement.service.DeveloperStatusNotActive",
            "Developer Status is not Active",
            AuthenticationException.class));
    rows.add(
        apigee(
            429,
            "policies.ratelimit.QuotaViolation",
            "Rate limit quota violation. Quota limit  exceeded. Identifier : app1",
            QuotaExceededException.class));
    rows.add(
        apigee(
            429,
            "policies.ratelimit.SpikeArrestViolation",
            "Spike arrest violation. Allowed rate : 10ps",
            RateLimitedException.class));
    rows.add(
        apigee(
            429,
            "policies.llmtokenquota.LLMTokenQuotaViolation",
            "Rate limit LLM Token quota violation. Quota limit exceeded. Identifier : app1",
            QuotaExceededException.class));
    rows.add(
        apigee(
            429,
            "policies.prompttokenlimit.PromptTokenLimitViolation",
            "Prompt token limit violation",
            RateLimitedException.class));
    // Apigee's AI policies (issue 11): faults as observed on Apigee X (not in the reference).
    rows.add(
        apigee(
            400,
            "policies.llmtokenquota.FailedToResolveModelName",
            "Failed to resolve model name",
            BadRequestException.class));
    rows.add(
        apigee(
            500,
            "policies.llmtokenquota.FailedToResolveModelName",
            "Failed to resolve model name",
            BadRequestException.class));
    rows.add(
        apigee(
            500,
            "policies.llmtokenquota.FailedToResolveTokenUsageCount",
            "Failed to resolve token usage count",
            ServerException.class));
    rows.add(
        apigee(
            400,
            "policies.prompttokenlimit.FailedToExtractUserPrompt",
            "Failed to extract user prompt",
            BadRequestException.class));
    rows.add(
        apigee(
            500,
            "policies.prompttokenlimit.FailedToCalculateUserPromptTokens",
            "Failed to calculate user prompt tokens",
            ServerException.class));
    for (String code :
        List.of(
            "steps.sanitize.user.prompt.FilterMatched",
            "steps.sanitize.user.prompt.response.FilterMatched",
            "steps.sanitize.model.response.FilterMatched")) {
      rows.add(
          apigee(
              400,
              code,
              "Model armor template filter matched. Policy caught the offending text.",
              BadRequestException.class));
    }
    rows.add(
        apigee(
            500,
            "steps.sanitize.model.response.FilterMatched",
            "Model armor template filter matched. Policy caught the offending text.",
            BadRequestException.class));
    rows.add(
        apigee(
            500,
            "steps.raisefault.RaiseFault",
            "Raising fault. Fault name : RF-insufficient-request-raise-fault",
            ServerException.class));
    // The target read timeout fault as Apigee sends it, with detail.reason.
    rows.add(
        new Row(
            "apigee 504 messaging.adaptors.http.flow.GatewayTimeout TARGET_READ_TIMEOUT",
            TestResponses.json(
                504,
                "{\"fault\":{\"faultstring\":\"Gateway Timeout\",\"detail\":{\"errorcode\":"
                    + "\"messaging.adaptors.http.flow.GatewayTimeout\","
                    + "\"reason\":\"TARGET_READ_TIMEOUT\"}}}"),
            GatewayTimeoutException.class,
            "messaging.adaptors.http.flow.GatewayTimeout",
            ErrorSource.APIGEE));
    // Apigee Edge sends quota faults with HTTP 500: the errorcode wins.
    rows.add(
        apigee(
            500,
            "policies.ratelimit.QuotaViolation",
            "Rate limit quota violation. Quota limit  exceeded. Identifier : app1",
            QuotaExceededException.class));
    rows.add(
        apigee(
            500,
            "policies.llmtokenquota.LLMTokenQuotaViolation",
            "Rate limit LLM Token quota violation. Quota limit exceeded. Identifier : app1",
            QuotaExceededException.class));
    // 9.2 Endpoint Picker: every row with the v1.0-1.4 and the v1.5 prefix
    for (String prefix : List.of("inference gateway: ", "inference error: ")) {
      rows.add(
          epp(
              429,
              prefix
                  + "InferencePoolResourceExhausted - system saturated, sheddable request dropped",
              RateLimitedException.class,
              "InferencePoolResourceExhausted"));
      rows.add(
          epp(
              429,
              prefix + "InferencePoolResourceExhausted - failed to find target pod: no pods",
              RateLimitedException.class,
              "InferencePoolResourceExhausted"));
      rows.add(
          epp(
              503,
              prefix + "ServiceUnavailable - failed to find candidate pods for serving the request",
              ServiceUnavailableException.class,
              "ServiceUnavailable"));
      rows.add(
          epp(
              400,
              prefix + "BadRequest - model not found in request body",
              BadRequestException.class,
              "BadRequest"));
    }
    // 9.3 vLLM: new shape with int code, old flat shape, plain Unauthorized
    rows.add(
        vllm(
            400,
            "{\"error\":{\"message\":\"This model's maximum context length is 32768 tokens.\","
                + "\"type\":\"BadRequestError\",\"param\":\"input_tokens\",\"code\":400}}",
            BadRequestException.class,
            "400"));
    rows.add(
        vllm(
            400,
            "{\"error\":{\"message\":\"'max_tokens' is too large: 40000. This model's maximum"
                + " context length is 32768 tokens.\",\"type\":\"BadRequestError\","
                + "\"param\":\"max_tokens\",\"code\":400}}",
            BadRequestException.class,
            "400"));
    rows.add(
        vllm(
            404,
            "{\"error\":{\"message\":\"The model `x` does not exist.\",\"type\":\"NotFoundError\","
                + "\"param\":\"model\",\"code\":404}}",
            NotFoundException.class,
            "404"));
    rows.add(
        vllm(
            400,
            "{\"object\":\"error\",\"message\":\"bad temperature\",\"type\":\"BadRequestError\","
                + "\"param\":null,\"code\":400}",
            BadRequestException.class,
            "400"));
    rows.add(
        vllm(
            404,
            "{\"object\":\"error\",\"message\":\"The model `x` does not exist.\","
                + "\"type\":\"NotFoundError\",\"param\":null,\"code\":404}",
            NotFoundException.class,
            "404"));
    rows.add(vllm(401, "{\"error\":\"Unauthorized\"}", AuthenticationException.class, null));
    rows.add(
        vllm(
            500,
            "{\"error\":{\"message\":\"engine dead\",\"type\":\"InternalServerError\",\"param\":null,"
                + "\"code\":500}}",
            ServerException.class,
            "500"));
    rows.add(
        vllm(
            400,
            "{\"error\":{\"message\":\"too long\",\"type\":\"invalid_request_error\",\"param\":null,"
                + "\"code\":\"context_length_exceeded\"}}",
            BadRequestException.class,
            "context_length_exceeded"));
    // Envoy without a body dialect
    rows.add(
        new Row(
            "envoy 503",
            TestResponses.text(503, "no healthy upstream"),
            ServiceUnavailableException.class,
            null,
            ErrorSource.GATEWAY));
    List<Arguments> args = new ArrayList<>();
    for (Row r : rows) {
      for (Mode m : Mode.values()) {
        args.add(Arguments.of(m, r));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rows")
  void create_errorResponse_mapsToTypeCodeAndSource(Mode mode, Row row) throws Exception {
    server.enqueue(row.response);
    GatewayClient client =
        GatewayClient.builder()
            .baseUrl(server.url("/").toString())
            .apiKey(KEY)
            .maxRetries(0)
            .build();

    GatewayException e =
        assertThrows(
            GatewayException.class, () -> mode.create(client, TestResponses.chatRequest()));

    assertInstanceOf(row.type, e, e.getMessage());
    assertEquals(row.code, e.errorCode().orElse(null));
    assertEquals(row.source, e.source());
    RecordedRequest recorded = server.takeRequest();
    assertEquals(recorded.getHeaders().get("x-request-id"), e.requestId().orElseThrow());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertFalse(e.rawBody().isEmpty());
    assertEquals(row.response.getCode(), e.statusCode());
    assertFalse(e.getMessage().contains(KEY));
    for (String param : List.of("input_tokens", "max_tokens")) {
      if (row.name.contains("\"param\":\"" + param + "\"")) {
        BadRequestException bad = (BadRequestException) e;
        assertTrue(bad.contextLengthExceeded(), row.name);
        assertEquals(param, bad.param().orElseThrow());
      }
    }
    if (row.name.contains("TARGET_READ_TIMEOUT")) {
      assertTrue(e.getMessage().contains("Gateway Timeout (TARGET_READ_TIMEOUT)"), e.getMessage());
    }
    if (e instanceof QuotaExceededException) {
      assertTrue(((QuotaExceededException) e).resetAt().isPresent());
    }
    client.close();
  }

  @org.junit.jupiter.api.Test
  void messages_sayWhatHappenedAndWhatToDo() {
    server.enqueue(
        TestResponses.apigeeFault(
            401,
            "steps.oauth.v2.FailedToResolveAPIKey",
            "Failed to resolve API Key variable request.header.x-api-key"));
    server.enqueue(
        TestResponses.apigeeFault(
            500,
            "steps.raisefault.RaiseFault",
            "Raising fault. Fault name : RF-insufficient-request-raise-fault"));
    GatewayClient client =
        GatewayClient.builder().baseUrl(server.url("/").toString()).maxRetries(0).build();

    GatewayException missingKey =
        assertThrows(
            GatewayException.class, () -> client.chat().create(TestResponses.chatRequest()));
    GatewayException raiseFault =
        assertThrows(
            GatewayException.class, () -> client.chat().create(TestResponses.chatRequest()));

    assertTrue(
        missingKey.getMessage().startsWith("Authentication failed: Failed to resolve API Key"));
    assertTrue(missingKey.getMessage().contains("apiKey("), missingKey.getMessage());
    assertTrue(missingKey.getMessage().contains("HTTP 401"), missingKey.getMessage());
    assertTrue(raiseFault.getMessage().contains("APIProduct"), raiseFault.getMessage());
  }
}
