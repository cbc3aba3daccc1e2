package dev.llmgateway.admin.apigee.internal;

import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.internal.http.HttpPolicy;
import dev.llmgateway.client.internal.retry.RetryAfter;
import dev.llmgateway.client.internal.retry.RetryPlan;
import dev.llmgateway.client.internal.retry.RetryWaits;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * What the Apigee client re-sends: one table with a row per result of an attempt, naming the kinds
 * of request that are re-sent after it and why. Nothing else re-sends (OkHttp's own retries and
 * redirects are off, see {@code HttpPolicy}). The table feeds the SDK's one retry engine through
 * {@link #plan}, which adds the wait: the server's {@code Retry-After-Ms} or {@code Retry-After},
 * at most {@code maxBackoff}, else the SDK's backoff with jitter. Every request sent counts as an
 * attempt.
 */
final class RetryRules {

  /** How a request behaves when the server receives it twice. */
  enum Kind {
    /** GET, PUT, DELETE, and POST {@code ?action=validate}: twice has the effect of once. */
    IDEMPOTENT,
    /** Every other POST (creates, key, app and developer actions, deploys). */
    NON_IDEMPOTENT,
    /**
     * POST {@code ?action=import}: each processed import adds a revision, and nothing refuses a
     * duplicate, so a wrong guess goes unnoticed.
     */
    IMPORT;

    /** Classifies a request by method and query. */
    static Kind of(String method, Map<String, String> query) {
      if (!method.equals("POST")) {
        return IDEMPOTENT;
      }
      String action = query.getOrDefault("action", "");
      if (action.equals("validate")) {
        return IDEMPOTENT;
      }
      return action.equals("import") ? IMPORT : NON_IDEMPOTENT;
    }
  }

  /** How one attempt ended. */
  enum Result {
    /** 2xx. */
    SUCCESS,
    /** 3xx; never followed. */
    REDIRECT,
    /** 429. */
    RATE_LIMITED,
    /** 503. */
    UNAVAILABLE,
    /** 501. */
    NOT_IMPLEMENTED,
    /** 500, 502, 504 and other 5xx. */
    SERVER_ERROR,
    /** Other 1xx and 4xx. */
    CLIENT_ERROR,
    /**
     * A failure before the request could leave (connection refused, no route, unknown host, connect
     * timeout): nothing was sent.
     */
    NOT_SENT,
    /** The TLS handshake failed (certificate, protocol): nothing was sent, nor will it be. */
    TLS_FAILURE,
    /** The connection failed after the request may have been sent (reset, EOF, timeout). */
    CUT_AFTER_SENDING;

    /** Classifies a status code. */
    static Result of(int code) {
      if (code >= 200 && code < 300) {
        return SUCCESS;
      }
      if (code >= 300 && code < 400) {
        return REDIRECT;
      }
      return switch (code) {
        case 429 -> RATE_LIMITED;
        case 503 -> UNAVAILABLE;
        case 501 -> NOT_IMPLEMENTED;
        default -> code >= 500 ? SERVER_ERROR : CLIENT_ERROR;
      };
    }

    /**
     * Classifies an I/O failure of a client under {@code HttpPolicy}, by its mark: the same rule as
     * the gateway client's.
     */
    static Result of(IOException e) {
      if (HttpPolicy.requestMayHaveBeenSent(e)) {
        return CUT_AFTER_SENDING;
      }
      return e instanceof SSLException ? TLS_FAILURE : NOT_SENT;
    }
  }

  /** One row: after this result, these kinds are re-sent, because... */
  record Row(Result result, Set<Kind> resent, String why) {}

  private static final Set<Kind> ALL = EnumSet.allOf(Kind.class);
  private static final Set<Kind> NONE = EnumSet.noneOf(Kind.class);

  static final List<Row> ROWS =
      List.of(
          new Row(
              Result.RATE_LIMITED,
              ALL,
              "429 RESOURCE_EXHAUSTED: the server refused the request without processing it"),
          new Row(
              Result.UNAVAILABLE,
              EnumSet.of(Kind.IDEMPOTENT, Kind.NON_IDEMPOTENT),
              "503 UNAVAILABLE: taken to mean the request was not processed (RFC 9110 15.6.4;"
                  + " Google Cloud Workflows retries non-idempotent calls on it too); not imports,"
                  + " where a wrong guess adds a revision nothing reports"),
          new Row(
              Result.SERVER_ERROR,
              EnumSet.of(Kind.IDEMPOTENT),
              "500, 502, 504: the server may have applied the request before failing"),
          new Row(
              Result.NOT_SENT,
              ALL,
              "connection refused, no route, unknown host or connect timeout: the request never"
                  + " left"),
          new Row(
              Result.TLS_FAILURE,
              NONE,
              "a certificate or TLS mismatch does not heal by retrying; the request never left"),
          new Row(
              Result.CUT_AFTER_SENDING,
              EnumSet.of(Kind.IDEMPOTENT),
              "connection cut or timed out after sending: the request may have been applied"),
          new Row(Result.NOT_IMPLEMENTED, NONE, "501: the same request fails the same way"),
          new Row(Result.CLIENT_ERROR, NONE, "4xx: the same request fails the same way"),
          new Row(Result.REDIRECT, NONE, "3xx: never followed, so never re-sent"),
          new Row(Result.SUCCESS, NONE, "done"));

  private static final Map<Result, Row> BY_RESULT = new EnumMap<>(Result.class);

  static {
    for (Row row : ROWS) {
      BY_RESULT.put(row.result(), row);
    }
  }

  private RetryRules() {}

  /** Returns whether a request of this kind is re-sent after this result. */
  static boolean resend(Kind kind, Result result) {
    return BY_RESULT.get(result).resent().contains(kind);
  }

  /**
   * Returns whether this result leaves open whether the server applied the request: it is re-sent
   * for idempotent requests, but not for this kind.
   */
  static boolean mayHaveBeenApplied(Kind kind, Result result) {
    return !resend(kind, result) && resend(Kind.IDEMPOTENT, result);
  }

  /**
   * Returns the plan the retry engine runs for a kind of request: this table decides; the wait is
   * the one the server names, at most {@code maxBackoff}, else the backoff with jitter.
   */
  static RetryPlan<Outcome> plan(Kind kind, RetrySettings settings, Clock clock) {
    return new RetryPlan<>() {
      @Override
      public boolean retryable(@Nullable Outcome outcome, @Nullable Throwable failure) {
        return outcome != null
            ? resend(kind, outcome.result())
            : failure instanceof IOException && resend(kind, Result.of((IOException) failure));
      }

      @Override
      public Duration waitBefore(
          @Nullable Outcome outcome, @Nullable Throwable failure, int retriesDone) {
        Duration named =
            outcome == null
                ? null
                : RetryAfter.parse(outcome.retryAfterMs(), outcome.retryAfter(), clock.instant());
        if (named != null) {
          return named.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : named;
        }
        return RetryWaits.backoff(retriesDone, settings, ThreadLocalRandom.current().nextDouble());
      }
    };
  }
}
