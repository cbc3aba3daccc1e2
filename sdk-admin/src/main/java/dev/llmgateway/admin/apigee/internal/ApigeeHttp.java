package dev.llmgateway.admin.apigee.internal;

import com.google.auth.oauth2.GoogleCredentials;
import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import dev.llmgateway.admin.apigee.Sleeper;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import dev.llmgateway.admin.apigee.errors.ApigeeUnauthenticatedException;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.ResourceName;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Sends management API requests: URL building from typed names, Google credentials, retries on 429,
 * 5xx and connection failures (Failsafe computes the backoff, {@link Sleeper} waits), and error
 * mapping. Thread-safe.
 */
public final class ApigeeHttp {

  /** JSON request bodies. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** Empty bodies of {@code ?action=} calls, as the API documents. */
  public static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  private static final System.Logger LOG = System.getLogger("dev.llmgateway.admin.apigee");
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE");
  private static final int NOT_IMPLEMENTED = 501;

  private final OkHttpClient client;
  private final HttpUrl root;
  private final @Nullable GoogleCredentials credentials;
  private final RetrySettings retry;
  private final Sleeper sleeper;
  private final Clock clock;
  private final JsonMapper mapper;
  private final ErrorMapper errors;
  private final RetryPolicy<Outcome> idempotentPolicy;
  private final RetryPolicy<Outcome> unsafePolicy;

  /**
   * Creates the transport.
   *
   * @param client the HTTP client
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
    this.idempotentPolicy = policy(retry, true);
    this.unsafePolicy = policy(retry, false);
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
     * Sends the request with retries.
     *
     * @return the response JSON, or a missing node for an empty body
     * @throws ApigeeException on an error response or I/O failure after retries
     */
    public JsonNode send() {
      Outcome outcome = execute(this);
      if (outcome.body.length == 0) {
        return MissingNode.getInstance();
      }
      try {
        return mapper.readTree(outcome.body);
      } catch (JacksonException e) {
        throw new ApigeeException(
            new Redactor(secrets).redact(display())
                + " returned HTTP "
                + outcome.code
                + " with a body that is not JSON",
            outcome.code,
            "",
            "",
            List.of(),
            e);
      }
    }

    /**
     * Sends the request with retries and returns the raw body, e.g. a bundle zip.
     *
     * @return the response body
     * @throws ApigeeException on an error response or I/O failure after retries
     */
    public byte[] sendForBytes() {
      return execute(this).body;
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

  private static final class Outcome {
    final int code;
    final byte[] body;
    final @Nullable String retryAfter;

    Outcome(int code, byte[] body, @Nullable String retryAfter) {
      this.code = code;
      this.body = body;
      this.retryAfter = retryAfter;
    }

    boolean retryable() {
      return code == 429 || (code >= 500 && code != NOT_IMPLEMENTED);
    }
  }

  private static RetryPolicy<Outcome> policy(RetrySettings retry, boolean idempotent) {
    return RetryPolicy.<Outcome>builder()
        .handleResultIf(Outcome::retryable)
        .handleIf(
            (Throwable e) ->
                e instanceof IOException && (idempotent || e instanceof ConnectException))
        .withBackoff(retry.initialBackoff(), max(retry))
        .withJitter(0.2)
        .withMaxRetries(retry.maxRetries())
        .build();
  }

  private Outcome execute(Call call) {
    RetryPolicy<Outcome> policy =
        IDEMPOTENT.contains(call.method) ? idempotentPolicy : unsafePolicy;
    Execution<Outcome> execution = Execution.of(policy);
    HttpUrl url = call.url();
    List<String> secrets = new ArrayList<>(call.secrets);
    int attempt = 0;
    boolean refreshed = false;
    while (true) {
      attempt++;
      Outcome outcome = null;
      IOException failure = null;
      try {
        outcome = attempt(call, url, secrets);
        if (outcome.code == 401 && !refreshed && refreshCredentials()) {
          // The token was rejected before it expired locally: refresh once and resend.
          refreshed = true;
          attempt--;
          continue;
        }
        execution.recordResult(outcome);
      } catch (IOException e) {
        failure = e;
        execution.recordException(e);
      }
      if (execution.isComplete()) {
        Redactor redactor = new Redactor(secrets);
        if (failure != null) {
          throw new ApigeeTransportException(
              redactor.redact(
                  call.display()
                      + " failed after "
                      + attempt
                      + " attempt(s): "
                      + failure.getClass().getSimpleName()
                      + (failure.getMessage() == null ? "" : " " + failure.getMessage())),
              failure);
        }
        if (outcome.code >= 400) {
          throw errors.toException(call.display(), outcome.code, outcome.body, attempt, redactor);
        }
        return outcome;
      }
      Duration wait = outcome == null ? execution.getDelay() : retryWait(outcome, execution);
      String reason = failure != null ? failure.getClass().getSimpleName() : "HTTP " + outcome.code;
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
    return RetryAfter.parse(outcome.retryAfter, clock.instant(), retry.maxBackoff())
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
      return new Outcome(response.code(), bytes, response.header("Retry-After"));
    }
  }
}
