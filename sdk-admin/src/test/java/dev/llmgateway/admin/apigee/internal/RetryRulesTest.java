package dev.llmgateway.admin.apigee.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.admin.apigee.internal.RetryRules.Kind;
import dev.llmgateway.admin.apigee.internal.RetryRules.Result;
import dev.llmgateway.client.internal.http.HttpPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry table, row by row: which kinds of request are re-sent after which result. */
class RetryRulesTest {

  @ParameterizedTest(name = "{0}: idempotent {1}, non-idempotent {2}, import {3}")
  @CsvSource({
    "RATE_LIMITED,      true,  true,  true",
    "UNAVAILABLE,       true,  true,  false",
    "SERVER_ERROR,      true,  false, false",
    "NOT_SENT,          true,  true,  true",
    "CUT_AFTER_SENDING, true,  false, false",
    "TLS_FAILURE,       false, false, false",
    "NOT_IMPLEMENTED,   false, false, false",
    "CLIENT_ERROR,      false, false, false",
    "REDIRECT,          false, false, false",
    "SUCCESS,           false, false, false"
  })
  void row_resendsExactlyTheKindsItNames(
      Result result, boolean idempotent, boolean nonIdempotent, boolean isImport) {
    assertEquals(idempotent, RetryRules.resend(Kind.IDEMPOTENT, result));
    assertEquals(nonIdempotent, RetryRules.resend(Kind.NON_IDEMPOTENT, result));
    assertEquals(isImport, RetryRules.resend(Kind.IMPORT, result));
  }

  @Test
  void table_hasOneRowPerResult() {
    Set<Result> covered =
        RetryRules.ROWS.stream().map(RetryRules.Row::result).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Result.class), covered);
    assertEquals(Result.values().length, RetryRules.ROWS.size());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "200, SUCCESS",
    "204, SUCCESS",
    "301, REDIRECT",
    "307, REDIRECT",
    "308, REDIRECT",
    "400, CLIENT_ERROR",
    "404, CLIENT_ERROR",
    "409, CLIENT_ERROR",
    "429, RATE_LIMITED",
    "500, SERVER_ERROR",
    "501, NOT_IMPLEMENTED",
    "502, SERVER_ERROR",
    "503, UNAVAILABLE",
    "504, SERVER_ERROR",
    "599, SERVER_ERROR"
  })
  void status_classifies(int code, Result expected) {
    assertEquals(expected, Result.of(code));
  }

  @Test
  void ioFailures_onlyThoseBeforeSendingCountAsNotSent() {
    // HttpPolicy marks every failure after the request started to go out; the rest never left.
    assertEquals(Result.NOT_SENT, Result.of(new ConnectException("refused")));
    assertEquals(Result.NOT_SENT, Result.of(new NoRouteToHostException("no route")));
    assertEquals(Result.NOT_SENT, Result.of(new UnknownHostException("apigee.example")));
    assertEquals(Result.CUT_AFTER_SENDING, Result.of(sent(new IOException("unexpected end"))));
    assertEquals(Result.CUT_AFTER_SENDING, Result.of(sent(new SocketException("reset"))));
    assertEquals(Result.CUT_AFTER_SENDING, Result.of(sent(new SocketTimeoutException("timeout"))));
    assertEquals(Result.CUT_AFTER_SENDING, Result.of(sent(new InterruptedIOException("timeout"))));
  }

  @Test
  void ioFailures_connectTimeoutIsNotSent_asInTheGatewayClient() {
    assertEquals(Result.NOT_SENT, Result.of(new SocketTimeoutException("Connect timed out")));
    assertEquals(true, RetryRules.resend(Kind.NON_IDEMPOTENT, Result.NOT_SENT));
  }

  @Test
  void ioFailures_tlsHandshakeFailureIsNeverResent() {
    Result tls = Result.of(new SSLHandshakeException("PKIX path building failed"));
    assertEquals(Result.TLS_FAILURE, tls);
    assertEquals(false, RetryRules.resend(Kind.IDEMPOTENT, tls));
    assertEquals(false, RetryRules.mayHaveBeenApplied(Kind.NON_IDEMPOTENT, tls));
  }

  private static <E extends IOException> E sent(E failure) {
    return HttpPolicy.markRequestSent(failure);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET,    '',        IDEMPOTENT",
    "PUT,    '',        IDEMPOTENT",
    "DELETE, '',        IDEMPOTENT",
    "POST,   validate,  IDEMPOTENT",
    "POST,   import,    IMPORT",
    "POST,   approve,   NON_IDEMPOTENT",
    "POST,   '',        NON_IDEMPOTENT"
  })
  void request_classifiesByMethodAndAction(String method, String action, Kind expected) {
    Map<String, String> query = action.isEmpty() ? Map.of() : Map.of("action", action);
    assertEquals(expected, Kind.of(method, query));
  }

  @Test
  void mayHaveBeenApplied_isWhatIsRetriedOnlyForIdempotentRequests() {
    assertEquals(true, RetryRules.mayHaveBeenApplied(Kind.NON_IDEMPOTENT, Result.SERVER_ERROR));
    assertEquals(true, RetryRules.mayHaveBeenApplied(Kind.IMPORT, Result.UNAVAILABLE));
    assertEquals(false, RetryRules.mayHaveBeenApplied(Kind.NON_IDEMPOTENT, Result.UNAVAILABLE));
    assertEquals(false, RetryRules.mayHaveBeenApplied(Kind.IDEMPOTENT, Result.SERVER_ERROR));
    assertEquals(false, RetryRules.mayHaveBeenApplied(Kind.NON_IDEMPOTENT, Result.CLIENT_ERROR));
  }
}
