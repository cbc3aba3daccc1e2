package dev.llmgateway.client.internal.retry;

import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.errors.BadRequestException;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.GatewayTimeoutException;
import dev.llmgateway.client.errors.NotFoundException;
import dev.llmgateway.client.errors.QuotaExceededException;
import dev.llmgateway.client.errors.RateLimitedException;
import dev.llmgateway.client.errors.ServiceUnavailableException;
import dev.llmgateway.client.errors.StreamException;
import dev.llmgateway.client.errors.TransportException;
import dev.llmgateway.client.internal.http.HttpPolicy;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

/**
 * What is retried and why: one declarative table, evaluated top to bottom; the first matching row
 * decides. The wait itself is computed in {@link RetryWaits}.
 */
final class RetryTable {

  /** One row: which failures, how they are retried, and why. */
  public static final class Row {
    final String name;
    final Predicate<GatewayException> matches;
    final RetryKind kind;
    final String reason;

    Row(String name, Predicate<GatewayException> matches, RetryKind kind, String reason) {
      this.name = name;
      this.matches = matches;
      this.kind = kind;
      this.reason = reason;
    }

    /**
     * Returns how matching failures are retried.
     *
     * @return the kind
     */
    public RetryKind kind() {
      return kind;
    }

    /**
     * Returns why.
     *
     * @return the reason
     */
    public String reason() {
      return reason;
    }

    @Override
    public String toString() {
      return name + " -> " + kind + " (" + reason + ")";
    }
  }

  private static final String SPIKE_ARREST = "policies.ratelimit.SpikeArrestViolation";
  private static final String PROMPT_TOKEN_LIMIT =
      "policies.prompttokenlimit.PromptTokenLimitViolation";

  /** Apigee AI policy faults that no re-send heals (client-side ones are BadRequest already). */
  private static final Set<String> AI_POLICY_FAILURES =
      Set.of(
          "policies.llmtokenquota.FailedToResolveTokenUsageCount",
          "policies.prompttokenlimit.FailedToCalculateUserPromptTokens");

  private static final List<Row> ROWS =
      List.of(
          new Row(
              "stream started",
              e -> e instanceof StreamException,
              RetryKind.NEVER,
              "the response had started; the server may already have generated output"),
          new Row(
              "redirect (3xx)",
              e -> e.statusCode() >= 300 && e.statusCode() < 400,
              RetryKind.NEVER,
              "the SDK never follows redirects; the same URL redirects again until baseUrl is"
                  + " fixed"),
          new Row(
              "X-Should-Retry: false",
              e -> shouldRetryHeader(e, "false"),
              RetryKind.NEVER,
              "the server said not to retry"),
          new Row(
              "key fault / 401 / 403",
              e -> e instanceof AuthenticationException,
              RetryKind.NEVER,
              "a missing, unknown, revoked or expired key does not heal by retrying"),
          new Row(
              "validation error / unknown model (400/404/409/413/415/422)",
              e -> e instanceof BadRequestException || e instanceof NotFoundException,
              RetryKind.NEVER,
              "the same request fails the same way; not even X-Should-Retry: true changes that"),
          new Row(
              "Apigee AI policy failure (token usage or prompt tokens not readable)",
              e -> e.errorCode().filter(AI_POLICY_FAILURES::contains).isPresent(),
              RetryKind.NEVER,
              "the same call fails the same way, and a token usage read fails after the model"
                  + " answered: a re-send would generate and bill it twice"),
          new Row(
              "X-Should-Retry: true",
              e -> shouldRetryHeader(e, "true"),
              RetryKind.BACKOFF,
              "the server said a retry may succeed"),
          new Row(
              "Apigee Quota / LLMTokenQuota",
              e -> e instanceof QuotaExceededException,
              RetryKind.QUOTA_WINDOW,
              "the quota resets at the window boundary; retrying earlier fails again"),
          new Row(
              "Apigee SpikeArrest / PromptTokenLimit",
              e ->
                  e instanceof RateLimitedException
                      && e.errorCode()
                          .filter(c -> c.equals(SPIKE_ARREST) || c.equals(PROMPT_TOKEN_LIMIT))
                          .isPresent(),
              RetryKind.SHORT_JITTER,
              "spike arrest smooths the rate over short intervals; a short wait suffices"),
          new Row(
              "429 (Endpoint Picker shedding, saturation)",
              e -> e instanceof RateLimitedException,
              RetryKind.BACKOFF,
              "queues drain; backing off gives them time"),
          new Row(
              "502 / 503 (no backend, Endpoint Picker ServiceUnavailable)",
              e -> e instanceof ServiceUnavailableException,
              RetryKind.BACKOFF,
              "pods come back or scale up"),
          new Row(
              "504 from the gateway",
              e -> e instanceof GatewayTimeoutException && e.statusCode() > 0,
              RetryKind.BACKOFF,
              "a timeout at the gateway is usually transient"),
          new Row(
              "TLS failure (certificate, pinning, protocol)",
              e -> e instanceof TransportException && e.getCause() instanceof SSLException,
              RetryKind.NEVER,
              "a certificate or TLS mismatch does not heal by retrying"),
          new Row(
              "connect failure (refused, connect timeout, unknown host): the request was not sent",
              RetryTable::requestNotSent,
              RetryKind.BACKOFF,
              "the request never reached the server, so re-sending cannot duplicate it"),
          new Row(
              "everything else (other 5xx, failures after the request may have been sent)",
              e -> true,
              RetryKind.NEVER,
              "the same request would fail the same way, or the server may already be processing"
                  + " it: a re-sent generation or create would run twice"));

  private RetryTable() {}

  /**
   * Returns the first row matching a failure.
   *
   * @param e the failure
   * @return the row
   */
  public static Row lookup(GatewayException e) {
    for (Row row : ROWS) {
      if (row.matches.test(e)) {
        return row;
      }
    }
    throw new AssertionError("the last row matches everything");
  }

  /**
   * Returns all rows, for documentation and tests.
   *
   * @return the rows
   */
  public static List<Row> rows() {
    return ROWS;
  }

  private static boolean shouldRetryHeader(GatewayException e, String value) {
    List<String> values = e.headers().get("x-should-retry");
    return values != null && !values.isEmpty() && value.equalsIgnoreCase(values.get(0).trim());
  }

  /** An I/O failure before the connection took the request (see HttpPolicy). */
  private static boolean requestNotSent(GatewayException e) {
    Throwable cause = e.getCause();
    return e instanceof TransportException
        && cause instanceof IOException
        && !HttpPolicy.requestMayHaveBeenSent(cause);
  }
}
