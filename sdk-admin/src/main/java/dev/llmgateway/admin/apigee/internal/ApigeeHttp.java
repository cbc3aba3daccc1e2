package dev.llmgateway.admin.apigee.internal;

import com.google.auth.oauth2.GoogleCredentials;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.ResourceName;
import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.internal.log.Redactor;
import dev.llmgateway.client.internal.retry.Retrier;
import java.time.Clock;
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
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends management API requests: URL building from typed names, Google credentials, re-sends as
 * {@link RetryRules} decides through the SDK's one retry engine ({@link Retrier}: the wait goes
 * through the {@link Sleeper}, a {@code Retry-After} date through the {@link Clock}), and error
 * mapping ({@link ApigeeExchange} carries one request through its attempts). The OkHttpClient it is
 * given follows {@code HttpPolicy}: no redirects and no re-sends of its own, so every request sent
 * is an attempt counted here. Thread-safe.
 */
public final class ApigeeHttp {

  /** JSON request bodies. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** Empty bodies of {@code ?action=} calls, as the API documents. */
  public static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  private final OkHttpClient client;
  private final HttpUrl root;
  private final @Nullable GoogleCredentials credentials;
  private final Retrier retrier;
  private final JsonMapper mapper;
  private final ErrorMapper errors;
  private final Map<RetryRules.Kind, Retrier.Policy<Outcome>> policies =
      new EnumMap<>(RetryRules.Kind.class);

  /**
   * Creates the transport.
   *
   * @param client the HTTP client, with {@code HttpPolicy} applied
   * @param root the API root ending in {@code /v1/}
   * @param credentials the credentials, or null to send no Authorization header
   * @param retry retry settings; {@code maxBackoff} is the longest wait, a longer {@code
   *     Retry-After} included
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
    this.retrier = new Retrier(clock, sleeper);
    this.mapper = mapper;
    this.errors = new ErrorMapper(mapper);
    for (RetryRules.Kind kind : RetryRules.Kind.values()) {
      policies.put(kind, Retrier.policy(RetryRules.plan(kind, retry, clock), retry));
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
    final String method;
    private final ResourceName resource;
    private final List<String> segments = new ArrayList<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final List<String> secrets = new ArrayList<>();
    @Nullable RequestBody body;
    String ifUnsure = "";

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

  /**
   * Sends until the retry rules stop: every request sent counts as an attempt, including the one
   * re-sent with refreshed credentials after a 401 (which does not use up a retry).
   */
  private Outcome execute(Call call) {
    RetryRules.Kind kind = RetryRules.Kind.of(call.method, call.query);
    ApigeeExchange exchange = new ApigeeExchange(this, call, kind);
    return exchange.finish(retrier.run(retrier.begin(policies.get(kind)), exchange));
  }

  HttpUrl root() {
    return root;
  }

  OkHttpClient client() {
    return client;
  }

  @Nullable GoogleCredentials credentials() {
    return credentials;
  }

  ErrorMapper errors() {
    return errors;
  }
}
