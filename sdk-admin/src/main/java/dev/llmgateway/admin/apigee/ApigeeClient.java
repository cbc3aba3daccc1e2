package dev.llmgateway.admin.apigee;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import dev.llmgateway.admin.apigee.internal.ApiRoot;
import dev.llmgateway.admin.apigee.internal.ApigeeContext;
import dev.llmgateway.admin.apigee.internal.ApigeeHttp;
import dev.llmgateway.admin.apigee.names.OrganizationName;
import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.http.HttpPolicy;
import dev.llmgateway.client.internal.json.Json;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A client for the Apigee management API of one organization.
 *
 * <p>Resources are reached through small clients: {@link #developers()}, {@link #developerApps()},
 * {@link #appKeys()}, {@link #apiProducts()}, {@link #apiProxies()} and {@link #deployments()}.
 * Errors are thrown as subclasses of {@link dev.llmgateway.admin.apigee.errors.ApigeeException}.
 *
 * <p>Retries, with exponential backoff and jitter (or the wait the server names in {@code
 * Retry-After-Ms} or {@code Retry-After}, in seconds or as an HTTP-date, up to the largest
 * backoff): GET, PUT, DELETE and bundle validation are re-sent after 429, 5xx other than 501, and
 * any connection failure other than a TLS failure. POSTs that create or change something (creates,
 * key, app and developer actions, deploys) are re-sent only after 429, 503 (taken to mean "not
 * processed") and failures to connect (refused, unknown host, connect timeout: the request never
 * left); after 500, 502, 504 or a connection cut once the request may have been sent, the server
 * may have applied them, so the error says so and what to check ({@code ensure(..)} methods read
 * back instead). Bundle imports are re-sent only after 429 and failures to connect, since a
 * duplicate import adds a revision silently. The gateway client draws the line between "never left"
 * and "may have been sent" the same way. A 401 makes refreshable credentials refresh once and the
 * request be re-sent. Redirects are never followed: a 3xx is an {@link
 * dev.llmgateway.admin.apigee.errors.ApigeeRedirectException}, so the token and request bodies
 * never leave the configured origin. The HTTP client never re-sends on its own, and the attempts an
 * error reports are the requests sent.
 *
 * <pre>{@code
 * try (ApigeeClient apigee = ApigeeClient.builder()
 *     .organization("my-project")
 *     .baseUrl("https://apigee.eu.rep.googleapis.com")   // optional: regional endpoint
 *     .accessToken(System.getenv("TOKEN"))               // optional: else application default
 *     .build()) {
 *   apigee.apiProducts().find("llm-product");
 * }
 * }</pre>
 *
 * <p>This class is thread-safe; create one and share it, and {@link #close()} it when done. Its
 * {@code toString()} never shows credentials.
 */
public final class ApigeeClient implements AutoCloseable {

  /** The default API root, {@code https://apigee.googleapis.com}. */
  public static final String DEFAULT_BASE_URL = "https://apigee.googleapis.com";

  /** The OAuth scope the management API requires. */
  public static final String CLOUD_PLATFORM_SCOPE =
      "https://www.googleapis.com/auth/cloud-platform";

  private final HttpUrl baseUrl;
  private final OrganizationName organization;
  private final String credentialsDescription;
  private final Developers developers;
  private final DeveloperApps developerApps;
  private final AppKeys appKeys;
  private final ApiProducts apiProducts;
  private final ApiProxies apiProxies;
  private final Deployments deployments;
  private final @Nullable OkHttpClient ownedHttp;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ApigeeClient(
      Builder b,
      ApigeeContext context,
      String credentialsDescription,
      @Nullable OkHttpClient ownedHttp) {
    this.ownedHttp = ownedHttp;
    this.baseUrl = ApiRoot.of(b.baseUrl, DEFAULT_BASE_URL);
    this.organization = context.organization();
    this.credentialsDescription = credentialsDescription;
    this.developers = new Developers(context);
    this.developerApps = new DeveloperApps(context);
    this.appKeys = new AppKeys(context);
    this.apiProducts = new ApiProducts(context);
    this.apiProxies = new ApiProxies(context);
    this.deployments = new Deployments(context);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code organization} is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the organization this client works on.
   *
   * @return the organization's name
   */
  public OrganizationName organization() {
    return organization;
  }

  /**
   * Returns the client for developers.
   *
   * @return the developers client
   */
  public Developers developers() {
    return developers;
  }

  /**
   * Returns the client for developer apps.
   *
   * @return the developer apps client
   */
  public DeveloperApps developerApps() {
    return developerApps;
  }

  /**
   * Returns the client for the consumer keys of developer apps.
   *
   * @return the app keys client
   */
  public AppKeys appKeys() {
    return appKeys;
  }

  /**
   * Returns the client for API products.
   *
   * @return the API products client
   */
  public ApiProducts apiProducts() {
    return apiProducts;
  }

  /**
   * Returns the client for API proxies (bundle import).
   *
   * @return the API proxies client
   */
  public ApiProxies apiProxies() {
    return apiProxies;
  }

  /**
   * Returns the client for deployments of proxy revisions.
   *
   * @return the deployments client
   */
  public Deployments deployments() {
    return deployments;
  }

  /**
   * Releases the HTTP resources this client created: if no {@link
   * Builder#okHttpClient(OkHttpClient) OkHttpClient} was supplied, shuts down the dispatcher's
   * executor and evicts the idle connections of the connection pool this client made for itself. A
   * supplied OkHttpClient (with its pool and dispatcher) is left untouched, for its owner to
   * manage. Calling this more than once has no further effect; the client must not be used after it
   * is closed.
   */
  @Override
  public void close() {
    if (ownedHttp != null && closed.compareAndSet(false, true)) {
      ownedHttp.dispatcher().executorService().shutdown();
      ownedHttp.connectionPool().evictAll();
    }
  }

  /** The HTTP client this client created for itself, or null if one was supplied; for tests. */
  @Nullable OkHttpClient ownedHttpClient() {
    return ownedHttp;
  }

  /** Returns the base URL, organization and kind of credentials; never a token. */
  @Override
  public String toString() {
    return "ApigeeClient{baseUrl="
        + baseUrl
        + ", organization="
        + organization.organization()
        + ", credentials="
        + credentialsDescription
        + "}";
  }

  /**
   * Builder of {@link ApigeeClient}. Required: {@link #organization(String)}. Defaults: base URL
   * {@value ApigeeClient#DEFAULT_BASE_URL}, application default credentials scoped to
   * cloud-platform, connect timeout 10 s, read and write timeouts 60 s, 3 retries with backoff from
   * 1 s to 30 s, deployment poll interval 5 s, system clock and sleeper.
   */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private @Nullable String organization;
    private @Nullable GoogleCredentials credentials;
    private @Nullable String accessToken;
    private boolean unauthenticated;
    private @Nullable OkHttpClient okHttpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(60);
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration pollInterval = Duration.ofSeconds(5);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /**
     * Sets the API root: {@code https://apigee.googleapis.com} (default), a regional endpoint such
     * as {@code https://apigee.eu.rep.googleapis.com}, a data-residency host, or a local emulator
     * such as {@code http://localhost:8081}. A trailing {@code /v1} is accepted.
     *
     * @param baseUrl an http or https URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Checks.notBlank(Checks.notNullArgument(baseUrl, "baseUrl"), "baseUrl");
      return this;
    }

    /**
     * Sets the organization (usually the Google Cloud project id). Required.
     *
     * @param organization the organization id
     * @return this builder
     */
    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    /**
     * Uses these credentials; they are scoped to cloud-platform if they need scopes.
     *
     * @param credentials Google credentials
     * @return this builder
     */
    public Builder credentials(GoogleCredentials credentials) {
      this.credentials = Checks.notNullArgument(credentials, "credentials");
      this.accessToken = null;
      this.unauthenticated = false;
      return this;
    }

    /**
     * Uses a fixed OAuth access token (e.g. from {@code gcloud auth print-access-token}); it is not
     * refreshed and never printed.
     *
     * @param accessToken the token
     * @return this builder
     */
    public Builder accessToken(String accessToken) {
      this.accessToken =
          Checks.notBlank(Checks.notNullArgument(accessToken, "accessToken"), "accessToken");
      this.credentials = null;
      this.unauthenticated = false;
      return this;
    }

    /**
     * Uses application default credentials scoped to cloud-platform (the default).
     *
     * @return this builder
     */
    public Builder applicationDefaultCredentials() {
      this.credentials = null;
      this.accessToken = null;
      this.unauthenticated = false;
      return this;
    }

    /**
     * Sends no Authorization header, for a local emulator that does not check tokens.
     *
     * @return this builder
     */
    public Builder unauthenticated() {
      this.credentials = null;
      this.accessToken = null;
      this.unauthenticated = true;
      return this;
    }

    /**
     * Derives the HTTP client from this one (sharing its connection pool and interceptors); the
     * timeouts of this builder still apply, and so does the SDK's HTTP policy: redirects are not
     * followed and OkHttp does not retry on connection failures, whatever the supplied client says
     * (the supplied client itself is not changed). {@link ApigeeClient#close()} does not release a
     * supplied client's pool or dispatcher; its owner does.
     *
     * @param okHttpClient the client to derive from
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Checks.notNullArgument(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Sets the connect timeout (default 10 s).
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout =
          Checks.positive(
              Checks.notNullArgument(connectTimeout, "connectTimeout"), "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout (default 60 s).
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout =
          Checks.positive(Checks.notNullArgument(readTimeout, "readTimeout"), "readTimeout");
      return this;
    }

    /**
     * Sets the write timeout (default 60 s).
     *
     * @param writeTimeout a positive duration
     * @return this builder
     */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout =
          Checks.positive(Checks.notNullArgument(writeTimeout, "writeTimeout"), "writeTimeout");
      return this;
    }

    /**
     * Sets how many times a request is retried after the first attempt (default 3; 0 turns retries
     * off).
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = (int) Checks.nonNegative(maxRetries, "maxRetries");
      return this;
    }

    /**
     * Sets the first and the largest backoff between retries (default 1 s and 30 s); a {@code
     * Retry-After} header, in seconds or as an HTTP-date, is honoured up to the largest backoff.
     *
     * @param initialBackoff the first wait, positive
     * @param maxBackoff the largest wait, at least {@code initialBackoff}
     * @return this builder
     */
    public Builder backoff(Duration initialBackoff, Duration maxBackoff) {
      Checks.positive(Checks.notNullArgument(initialBackoff, "initialBackoff"), "initialBackoff");
      Checks.positive(Checks.notNullArgument(maxBackoff, "maxBackoff"), "maxBackoff");
      retrySettings(initialBackoff, maxBackoff); // checks their order
      this.initialBackoff = initialBackoff;
      this.maxBackoff = maxBackoff;
      return this;
    }

    /**
     * Sets the wait between deployment status polls (default 5 s).
     *
     * @param pollInterval a positive duration
     * @return this builder
     */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval =
          Checks.positive(Checks.notNullArgument(pollInterval, "pollInterval"), "pollInterval");
      return this;
    }

    /**
     * Sets the clock used for deadlines, key expiry and {@code Retry-After} dates (default the UTC
     * system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNullArgument(clock, "clock");
      return this;
    }

    /**
     * Sets what waits between retries and polls (default {@link Sleeper#system()}).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.notNullArgument(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException if {@code organization} is missing or a setting is invalid
     * @throws IllegalStateException if application default credentials are requested but none are
     *     configured on this machine
     */
    public ApigeeClient build() {
      OrganizationName org =
          OrganizationName.of(Checks.notNullArgument(organization, "organization"));
      HttpUrl root = ApiRoot.of(baseUrl, DEFAULT_BASE_URL);
      GoogleCredentials creds;
      String description;
      if (unauthenticated) {
        creds = null;
        description = "none";
      } else if (accessToken != null) {
        creds = GoogleCredentials.create(new AccessToken(accessToken, null));
        description = "access token";
      } else if (credentials != null) {
        creds = scoped(credentials);
        description = credentials.getClass().getSimpleName();
      } else {
        try {
          creds = scoped(GoogleCredentials.getApplicationDefault());
        } catch (IOException e) {
          throw new IllegalStateException(
              "no application default credentials found (run `gcloud auth application-default"
                  + " login` or set GOOGLE_APPLICATION_CREDENTIALS), or pass accessToken(..) or"
                  + " credentials(..)",
              e);
        }
        description = "application default credentials";
      }
      OkHttpClient owned = okHttpClient == null ? new OkHttpClient() : null;
      OkHttpClient base = owned != null ? owned : okHttpClient;
      OkHttpClient http =
          HttpPolicy.apply(base.newBuilder())
              .connectTimeout(connectTimeout)
              .readTimeout(readTimeout)
              .writeTimeout(writeTimeout)
              .build();
      ApigeeHttp transport =
          new ApigeeHttp(
              http,
              root,
              creds,
              retrySettings(initialBackoff, maxBackoff).maxRetries(maxRetries).build(),
              sleeper,
              clock,
              Json.mapper());
      return new ApigeeClient(
          this,
          new ApigeeContext(transport, org, clock, sleeper, pollInterval),
          description,
          owned);
    }

    /**
     * The SDK's retry settings for this client's backoff: doubling from {@code initialBackoff},
     * reduced by up to 20 % jitter, and no wait longer than {@code maxBackoff}.
     */
    private static RetrySettings.Builder retrySettings(
        Duration initialBackoff, Duration maxBackoff) {
      RetrySettings.Builder b =
          RetrySettings.builder()
              .initialBackoff(initialBackoff)
              .maxBackoff(maxBackoff)
              .backoffMultiplier(2)
              .jitter(0.2)
              .maxWait(maxBackoff);
      b.build(); // maxBackoff >= initialBackoff
      return b;
    }

    private static GoogleCredentials scoped(GoogleCredentials c) {
      return c.createScopedRequired() ? c.createScoped(List.of(CLOUD_PLATFORM_SCOPE)) : c;
    }
  }
}
