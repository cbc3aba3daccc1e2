package dev.llmgateway.admin.apigee.internal;

import com.google.auth.oauth2.GoogleCredentials;
import dev.llmgateway.admin.apigee.errors.ApigeeRedirectException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import dev.llmgateway.admin.apigee.errors.ApigeeUnauthenticatedException;
import dev.llmgateway.client.internal.http.HttpPolicy;
import dev.llmgateway.client.internal.log.Redactor;
import dev.llmgateway.client.internal.retry.RetryCall;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One management API request through its attempts, as the SDK's retry engine runs it: each attempt
 * sends the request with fresh credentials (a 401 makes refreshable credentials refresh once and
 * the request be re-sent, which counts as an attempt but not as a retry), and the final outcome
 * becomes the response or a typed exception that says how many requests were sent and, for a
 * request that may have been applied, what to check. Used by one thread.
 */
final class ApigeeExchange implements RetryCall<Outcome> {
  private static final System.Logger LOG = System.getLogger("dev.llmgateway.admin.apigee");

  private final ApigeeHttp http;
  private final ApigeeHttp.Call call;
  private final RetryRules.Kind kind;
  private final HttpUrl url;
  private final List<String> secrets;
  private int sent;
  private boolean refreshed;

  ApigeeExchange(ApigeeHttp http, ApigeeHttp.Call call, RetryRules.Kind kind) {
    this.http = http;
    this.call = call;
    this.kind = kind;
    this.url = call.url();
    this.secrets = new ArrayList<>(call.secrets);
  }

  @Override
  public Outcome attempt(int number) throws IOException {
    while (true) {
      sent++;
      Outcome outcome = send();
      if (outcome.code() == 401 && !refreshed && refreshCredentials()) {
        // The token was rejected before it expired locally: refresh once and resend. A 401 is
        // decided before the request is processed, so this is safe for every kind.
        refreshed = true;
        continue;
      }
      return outcome;
    }
  }

  /** Returns a success, or throws what the final outcome calls for. */
  Outcome finish(Outcome outcome) {
    Redactor redactor = redactor();
    if (outcome.result() == RetryRules.Result.REDIRECT) {
      String target = outcome.redirectOrigin() == null ? "" : " to " + outcome.redirectOrigin();
      HttpUrl root = http.root();
      throw new ApigeeRedirectException(
          redactor.redact(call.display())
              + " was answered with a redirect (HTTP "
              + outcome.code()
              + ")"
              + target
              + "; redirects are never followed, so that the credentials and the request body"
              + " stay with "
              + root.scheme()
              + "://"
              + root.host()
              + ":"
              + root.port()
              + ". The management API does not redirect: check baseUrl",
          outcome.code(),
          outcome.redirectOrigin());
    }
    if (outcome.code() >= 400) {
      String note = unsureNote(outcome.result());
      throw http.errors().toException(call.display(), outcome, sent, redactor, note);
    }
    return outcome;
  }

  @Override
  public void retrying(
      int failedAttempt, Duration wait, @Nullable Outcome outcome, @Nullable Throwable failure) {
    String reason =
        failure != null
            ? failure.getClass().getSimpleName()
            : "HTTP " + (outcome == null ? 0 : outcome.code());
    String shown = redactor().redact(call.display());
    LOG.log(
        System.Logger.Level.INFO,
        () -> shown + " will be retried in " + wait.toMillis() + " ms after " + reason);
  }

  @Override
  public RuntimeException failed(Throwable failure, int attempts) {
    if (!(failure instanceof IOException)) {
      return (RuntimeException) failure; // ApigeeUnauthenticatedException and other bugs
    }
    return new ApigeeTransportException(
        redactor()
            .redact(
                call.display()
                    + " failed after "
                    + sent
                    + " attempt(s): "
                    + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : " " + failure.getMessage())
                    + unsureNote(RetryRules.Result.of((IOException) failure))),
        failure);
  }

  @Override
  public RuntimeException interrupted(InterruptedException interrupt, @Nullable Throwable failure) {
    return new ApigeeTransportException(
        redactor().redact(call.display()) + " interrupted while waiting to retry", interrupt);
  }

  /** Says why a failed non-idempotent request was not re-sent, and what to check. */
  private String unsureNote(RetryRules.Result result) {
    if (!RetryRules.mayHaveBeenApplied(kind, result)) {
      return "";
    }
    String effect =
        kind == RetryRules.Kind.IMPORT
            ? "the server may have created a revision"
            : "the server may have applied it";
    return "; not retried, since " + effect + (call.ifUnsure.isEmpty() ? "" : ": " + call.ifUnsure);
  }

  private Redactor redactor() {
    return new Redactor(secrets);
  }

  private Outcome send() throws IOException {
    Request.Builder request = new Request.Builder().url(url).method(call.method, call.body);
    request.header("Accept", "application/json");
    GoogleCredentials credentials = http.credentials();
    if (credentials != null) {
      Map<String, List<String>> metadata;
      try {
        metadata = credentials.getRequestMetadata(url.uri());
      } catch (IOException e) {
        throw unauthenticated(e);
      }
      addCredentials(request, metadata);
    }
    try (Response response = http.client().newCall(request.build()).execute()) {
      byte[] bytes;
      try {
        bytes = response.body().bytes();
      } catch (IOException e) {
        throw HttpPolicy.markRequestSent(e); // the response had started: the server got it
      }
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> redactor().redact(call.display()) + " -> HTTP " + response.code());
      return new Outcome(
          response.code(),
          bytes,
          response.header("Content-Type"),
          response.header("Retry-After-Ms"),
          response.header("Retry-After"),
          HttpPolicy.isRedirect(response.code()) ? HttpPolicy.redirectOrigin(response) : null);
    }
  }

  /** Adds the credentials' headers; their values become secrets no message shows. */
  private void addCredentials(Request.Builder request, Map<String, List<String>> metadata) {
    metadata.forEach(
        (name, values) -> {
          for (String v : values) {
            request.addHeader(name, v);
            if (name.equalsIgnoreCase("Authorization")) {
              secrets.add(v);
              int space = v.indexOf(' ');
              if (space > 0) {
                secrets.add(v.substring(space + 1));
              }
            }
          }
        });
  }

  /** Refreshes refreshable credentials; false for a fixed access token or no credentials. */
  private boolean refreshCredentials() {
    GoogleCredentials credentials = http.credentials();
    if (credentials == null) {
      return false;
    }
    try {
      credentials.refresh();
      return true;
    } catch (IOException | IllegalStateException e) {
      LOG.log(System.Logger.Level.DEBUG, "credentials could not be refreshed after HTTP 401");
      return false;
    }
  }

  private ApigeeUnauthenticatedException unauthenticated(IOException e) {
    return new ApigeeUnauthenticatedException(
        "could not obtain an access token from the Google credentials for "
            + redactor().redact(call.display())
            + ": "
            + e.getClass().getSimpleName(),
        401,
        "UNAUTHENTICATED",
        "",
        List.of(),
        e);
  }
}
