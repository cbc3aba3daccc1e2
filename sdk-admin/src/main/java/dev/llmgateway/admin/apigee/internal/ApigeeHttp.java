package dev.llmgateway.admin.apigee.internal;

import com.google.auth.oauth2.GoogleCredentials;
import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import dev.llmgateway.admin.apigee.Sleeper;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeRedirectException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import dev.llmgateway.admin.apigee.errors.ApigeeUnauthenticatedException;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.ResourceName;
import dev.llmgateway.client.internal.http.HttpPolicy;
import dev.llmgateway.client.internal.log.Redactor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends management API requests: URL building from typed names, Google credentials, re-sends as
 * {@link RetryRules} decides (Failsafe computes the backoff, {@link Sleeper} waits), and error
 * mapping. The OkHttpClient it is given follows {@code HttpPolicy}: no redirects and no re-sends of
 * its own, so every request sent is an attempt counted here. Thread-safe.
 */
public final class ApigeeHttp {

  /** JSON request bodies. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** Empty bodies of {@code ?action=} calls, as the API documents. */
  public static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  private static final System.Logger LOG = System.getLogger("dev.llmgateway.admin.apigee");

  private final OkHttpClient client;
  private final HttpUrl root;
  private final @Nullable GoogleCredentials credentials;
  private final RetrySettings retry;
  private final Sleeper sleeper;
  private final Clock clock;
  private final JsonMapper mapper;
  private final ErrorMapper errors;
  private final Map<RetryRules.Kind, RetryPolicy<Outcome>> policies =
      new EnumMap<>(RetryRules.Kind.class);

  /**
   * Creates the transport.
   *
   * @param client the HTTP client, with {@code HttpPolicy} applied
   * @param root the API root ending in {@code /v1/}
   * @param credentials the credentials, or null to send no Authorization header
   * @param retry retry settings
   * @param sleeper waits between retries
   * @param clock the current time, for a {@code Retry-After} HTTP-date
   * @param mapper JSON mapper
   */
  public ApigeeHttp(
      OkHttpClient client,
      HttpUrl root,
      @Nullable GoogleCredentials credentials,
      RetrySettings retry,
      Sleeper sleeper,
      Clock clock,
      JsonMapper mapper) {
    this.client = client;
    this.root = root;
    this.credentials = credentials;
    this.retry = retry;
    this.sleeper = sleeper;
    this.clock = clock;
    this.mapper = mapper;
    this.errors = new ErrorMapper(mapper);
    for (RetryRules.Kind kind : RetryRules.Kind.values()) {
      policies.put(kind, policy(retry, kind));
    }
  }

  /** Returns the JSON mapper. */
  public JsonMapper mapper() {
    return mapper;
  }

  /** Starts a request on {@code resource}. */
  public Call call(String method, ResourceName resource) {
    return new Call(method, resource);
  }

  /** One request being built. */
  public final class Call {
    private final String method;
    private final ResourceName resource;
    private final List<String> segments = new ArrayList<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();
    private @Nullable RequestBody body;
    private String ifUnsure = "";

    private Call(String method, ResourceName resource) {
      this.method = method;
      this.resource = resource;
      if (resource instanceof AppKeyName) {
        secrets.add(((AppKeyName) resource).consumerKey());
      }
    }

    /** Appends path segments after the resource path. */
    public Call segments(String... more) {
      segments.addAll(List.of(more));
      return this;
    }

    /** Adds a query parameter. */
    public Call query(String name, String value) {
      query.put(name, value);
      return this;
    }

    /** Sets a JSON body. */
    public Call json(JsonNode node) {
      body = RequestBody.create(mapper.writeValueAsBytes(node), JSON);
      return this;
    }

    /** Sets a body. */
    public Call body(RequestBody requestBody) {
      body = requestBody;
      return this;
    }

    /** Sends an empty {@code application/octet-stream} body, as {@code ?action=} calls expect. */
    public Call emptyBody() {
      body = RequestBody.create(new byte[0], OCTET_STREAM);
      return this;
    }

    /** Marks a string that must never appear in messages (e.g. a key in the body). */
    public Call secret(String value) {
      secrets.add(value);
      return this;
    }

    /**
     * Says what the caller can check when this non-idempotent request fails in a way that leaves
     * open whether the server applied it; the text must not contain secrets.
     */
    public Call ifUnsure(String whatToCheck) {
      ifUnsure = whatToCheck;
      return this;
    }

    /**
     * Sends the request with retries, for calls whose answer may be empty (actions, lists).
     *
     * @return the response JSON, or a missing node for an empty body
     * @throws ApigeeException on an error response, an error document in a success, a body that is
     *     not JSON, or I/O failure after retries
     */
    public JsonNode send() {
      return json(execute(this));
    }

    /**
     * Sends the request with retries and reads the resource it returns.
     *
     * @param what the resource, e.g. {@code developer}, for messages
     * @param reader reads the resource; fails with an ApigeeException if the model rejects it
     * @param <T> the resource type
     * @return the resource
     * @throws ApigeeException as {@link #send()}, and when the body is empty, not a JSON object, an
     *     empty object, or a resource the reader rejects; each with the HTTP status
     */
    public <T> T read(String what, Function<JsonNode, T> reader) {
      Outcome outcome = execute(this);
      JsonNode node = json(outcome);
      String unexpected = null;
      if (node.isMissingNode()) {
        unexpected = "an empty body";
      } else if (!node.isObject()) {
        unexpected = "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
      } else if (node.isEmpty()) {
        unexpected = "an empty JSON object";
      }
      if (unexpected != null) {
        throw unexpected(outcome, unexpected + " where a " + what + " was expected", null);
      }
      try {
        return reader.apply(node);
      } catch (ApigeeException e) {
        // The reader does no I/O: its only failure is a resource the model rejects.
        Throwable why = e.getCause() != null ? e.getCause() : e;
        throw unexpected(outcome, "a " + what + " this client cannot read: " + why.getMessage(), e);
      }
    }

    private JsonNode json(Outcome outcome) {
      if (outcome.body().length == 0) {
        return MissingNode.getInstance();
      }
      JsonNode node;
      try {
        node = mapper.readTree(outcome.body());
      } catch (JacksonException e) {
        throw unexpected(outcome, "a body that is not JSON", e);
      }
      if (ErrorMapper.isErrorDocument(node)) {
        throw errors.errorDocument(display(), outcome, new Redactor(secrets));
      }
      return node;
    }

    private ApigeeException unexpected(Outcome outcome, String what, @Nullable Throwable cause) {
      return new ApigeeException(
          new Redactor(secrets).redact(display() + " returned HTTP " + outcome.code() + " with ")
              + what,
          outcome.code(),
          "",
          "",
          List.of(),
          cause);
    }

    /**
     * Sends the request with retries and returns the raw body, e.g. a bundle zip.
     *
     * @return the response body
     * @throws ApigeeException on an error response or I/O failure after retries
     */
    public byte[] sendForBytes() {
      return execute(this).body();
    }

    String display() {
      StringBuilder sb = new StringBuilder(method).append(' ').append(resource);
      for (String s : segments) {
        sb.append('/').append(s);
      }
      if (!query.isEmpty()) {
        sb.append('?');
        query.forEach((k, v) -> sb.append(k).append('=').append(v).append('&'));
        sb.setLength(sb.length() - 1);
      }
      return sb.toString();
    }

    HttpUrl url() {
      HttpUrl.Builder b = root.newBuilder();
      for (String s : resource.path().split("/", -1)) {
        b.addPathSegment(s);
      }
      for (String s : segments) {
        b.addPathSegment(s);
      }
      query.forEach(b::addQueryParameter);
      return b.build();
    }
  }

  private static RetryPolicy<Outcome> policy(RetrySettings retry, RetryRules.Kind kind) {
    return RetryPolicy.<Outcome>builder()
        .handleResultIf(outcome -> RetryRules.resend(kind, outcome.result()))
        .handleIf(
            (Throwable e) ->
                e instanceof IOException io && RetryRules.resend(kind, RetryRules.Result.of(io)))
        .withBackoff(retry.initialBackoff(), max(retry))
        .withJitter(0.2)
        .withMaxRetries(retry.maxRetries())
        .build();
  }

  /**
   * Sends until the retry rules stop: every request sent counts as an attempt, including the one
   * re-sent with refreshed credentials after a 401 (which does not use up a retry).
   */
  private Outcome execute(Call call) {
    RetryRules.Kind kind = RetryRules.Kind.of(call.method, call.query);
    Execution<Outcome> execution = Execution.of(policies.get(kind));
    HttpUrl url = call.url();
    List<String> secrets = new ArrayList<>(call.secrets);
    int sent = 0;
    boolean refreshed = false;
    while (true) {
      sent++;
      Outcome outcome = null;
      IOException failure = null;
      try {
        outcome = attempt(call, url, secrets);
        if (outcome.code() == 401 && !refreshed && refreshCredentials()) {
          // The token was rejected before it expired locally: refresh once and resend. A 401 is
          // decided before the request is processed, so this is safe for every kind.
          refreshed = true;
          continue;
        }
        execution.recordResult(outcome);
      } catch (IOException e) {
        failure = e;
        execution.recordException(e);
      }
      if (execution.isComplete()) {
        return finish(call, kind, outcome, failure, sent, new Redactor(secrets));
      }
      Duration wait = outcome == null ? execution.getDelay() : retryWait(outcome, execution);
      String reason =
          failure != null ? failure.getClass().getSimpleName() : "HTTP " + outcome.code();
      String shown = new Redactor(secrets).redact(call.display());
      LOG.log(
          System.Logger.Level.INFO,
          () -> shown + " will be retried in " + wait.toMillis() + " ms after " + reason);
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApigeeTransportException(
            new Redactor(secrets).redact(call.display()) + " interrupted while waiting to retry",
            e);
      }
    }
  }

  /** Returns a success, or throws what the last attempt ended with. */
  private Outcome finish(
      Call call,
      RetryRules.Kind kind,
      @Nullable Outcome outcome,
      @Nullable IOException failure,
      int sent,
      Redactor redactor) {
    if (failure != null) {
      throw new ApigeeTransportException(
          redactor.redact(
              call.display()
                  + " failed after "
                  + sent
                  + " attempt(s): "
                  + failure.getClass().getSimpleName()
                  + (failure.getMessage() == null ? "" : " " + failure.getMessage())
                  + unsureNote(call, kind, RetryRules.Result.of(failure))),
          failure);
    }
    if (outcome == null) {
      throw new IllegalStateException("no outcome and no failure");
    }
    if (outcome.result() == RetryRules.Result.REDIRECT) {
      String target = outcome.redirectOrigin() == null ? "" : " to " + outcome.redirectOrigin();
      throw new ApigeeRedirectException(
          redactor.redact(call.display())
              + " was answered with a redirect (HTTP "
              + outcome.code()
              + ")"
              + target
              + "; redirects are never followed, so that the credentials and the request body"
              + " stay with "
              + origin(root)
              + ". The management API does not redirect: check baseUrl",
          outcome.code(),
          outcome.redirectOrigin());
    }
    if (outcome.code() >= 400) {
      String note = unsureNote(call, kind, outcome.result());
      throw errors.toException(call.display(), outcome, sent, redactor, note);
    }
    return outcome;
  }

  /** Says why a failed non-idempotent request was not re-sent, and what to check. */
  private static String unsureNote(Call call, RetryRules.Kind kind, RetryRules.Result result) {
    if (!RetryRules.mayHaveBeenApplied(kind, result)) {
      return "";
    }
    String effect =
        kind == RetryRules.Kind.IMPORT
            ? "the server may have created a revision"
            : "the server may have applied it";
    return "; not retried, since " + effect + (call.ifUnsure.isEmpty() ? "" : ": " + call.ifUnsure);
  }

  private static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  /** Refreshes refreshable credentials; false for a fixed access token or no credentials. */
  private boolean refreshCredentials() {
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

  private static Duration max(RetrySettings retry) {
    // Failsafe requires maxDelay > delay; equal settings mean a constant wait.
    return retry.maxBackoff().equals(retry.initialBackoff())
        ? retry.maxBackoff().plusMillis(1)
        : retry.maxBackoff();
  }

  /** The wait a {@code Retry-After} header asks for (capped), else the backoff's. */
  private Duration retryWait(Outcome outcome, Execution<Outcome> execution) {
    return RetryAfter.parse(outcome.retryAfter(), clock.instant(), retry.maxBackoff())
        .orElse(execution.getDelay());
  }

  private Outcome attempt(Call call, HttpUrl url, List<String> secrets) throws IOException {
    Request.Builder request = new Request.Builder().url(url).method(call.method, call.body);
    request.header("Accept", "application/json");
    if (credentials != null) {
      Map<String, List<String>> metadata;
      try {
        metadata = credentials.getRequestMetadata(url.uri());
      } catch (IOException e) {
        throw new ApigeeUnauthenticatedException(
            "could not obtain an access token from the Google credentials for "
                + new Redactor(secrets).redact(call.display())
                + ": "
                + e.getClass().getSimpleName(),
            401,
            "UNAUTHENTICATED",
            "",
            List.of(),
            e);
      }
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
    try (Response response = client.newCall(request.build()).execute()) {
      byte[] bytes = response.body().bytes();
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> new Redactor(secrets).redact(call.display()) + " -> HTTP " + response.code());
      return new Outcome(
          response.code(),
          bytes,
          response.header("Content-Type"),
          response.header("Retry-After"),
          HttpPolicy.isRedirect(response.code()) ? HttpPolicy.redirectOrigin(response) : null);
    }
  }
}
