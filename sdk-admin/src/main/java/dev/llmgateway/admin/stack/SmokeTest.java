package dev.llmgateway.admin.stack;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.GatewayTimeoutException;
import dev.llmgateway.client.errors.NotFoundException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.ServiceUnavailableException;
import dev.llmgateway.client.errors.TransportException;
import java.time.Duration;
import java.time.Instant;

/**
 * The guide's curl checks through sdk-client: a call without a key must get an Apigee fault, a call
 * with the app's key an answer. Apigee takes up to about 180 s to accept a new key, and a new load
 * balancer a while to route, so both calls are retried on key faults, 5xx, 404s from the gateway
 * and connection failures until the timeout, each wait reported; other errors end the test at once.
 */
final class SmokeTest {

  private final StackSettings settings;

  SmokeTest(StackSettings settings) {
    this.settings = settings;
  }

  SmokeTestResult run(String gatewayUrl, String apiKey, String model, Progress.Waits waits) {
    Instant start = settings.clock().instant();
    Instant deadline = start.plus(settings.smokeTestTimeout());
    ChatCompletionRequest question =
        ChatCompletionRequest.builder()
            .model(model)
            .addUserMessage("What is the capital of France?")
            .maxTokens(10)
            .build();
    String fault;
    try (GatewayClient noKey = client(gatewayUrl).build()) {
      fault = faultWithoutKey(noKey, question, deadline, waits);
    }
    try (GatewayClient withKey = client(gatewayUrl).apiKey(apiKey).build()) {
      for (int attempt = 1; ; attempt++) {
        try {
          ChatCompletion answer = withKey.chat().create(question);
          return SmokeTestResult.builder()
              .gatewayUrl(gatewayUrl)
              .faultWithoutKey(fault)
              .answer(
                  answer.choices().isEmpty()
                      ? ""
                      : answer.choices().get(0).message().content().orElse(""))
              .attempts(attempt)
              .waited(Duration.between(start, settings.clock().instant()))
              .build();
        } catch (GatewayException e) {
          retryOrFail(
              "a call with the app's key",
              e,
              deadline,
              waits,
              " (Apigee takes up to about 180 s to accept a new key)");
        }
      }
    }
  }

  private String faultWithoutKey(
      GatewayClient client,
      ChatCompletionRequest question,
      Instant deadline,
      Progress.Waits waits) {
    while (true) {
      try {
        client.chat().create(question);
      } catch (GatewayException e) {
        if (e.source() == ErrorSource.APIGEE) {
          return "HTTP " + e.statusCode() + " " + e.errorCode().orElse("(no error code)");
        }
        retryOrFail("a call without a key", e, deadline, waits, "");
        continue;
      }
      throw new SmokeTestException(
          "the gateway answered a call without a key: Apigee is not in its path (check the"
              + " GCPTrafficExtension and the ApigeeBackendService)",
          null);
    }
  }

  private void retryOrFail(
      String call, GatewayException e, Instant deadline, Progress.Waits waits, String hint) {
    String seen = describe(e);
    if (!retryable(e)) {
      throw new SmokeTestException(call + " failed with " + seen + ": " + e.getMessage(), e);
    }
    Duration left = Duration.between(settings.clock().instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new SmokeTestException(
          call
              + " still gets "
              + seen
              + " after "
              + settings.smokeTestTimeout()
              + hint
              + "; check the gateway, or allow more time (smokeTestTimeout)",
          e);
    }
    Duration wait =
        settings.smokeTestInterval().compareTo(left) < 0 ? settings.smokeTestInterval() : left;
    waits.waiting(
        call
            + " got "
            + seen
            + hint
            + "; retrying in "
            + wait.toSeconds()
            + " s, "
            + left.toSeconds()
            + " s left");
    Polling.sleep(settings.sleeper(), wait);
  }

  private static boolean retryable(GatewayException e) {
    return e instanceof AuthenticationException
        || e instanceof ServerException
        || e instanceof ServiceUnavailableException
        || e instanceof GatewayTimeoutException
        || e instanceof TransportException
        || (e instanceof NotFoundException && e.source() != ErrorSource.MODEL_SERVER);
  }

  private static String describe(GatewayException e) {
    return "HTTP "
        + e.statusCode()
        + " "
        + e.errorCode().orElse(e.getClass().getSimpleName())
        + " from "
        + e.source();
  }

  private static GatewayClient.Builder client(String gatewayUrl) {
    return GatewayClient.builder().baseUrl(gatewayUrl).maxRetries(0);
  }
}
