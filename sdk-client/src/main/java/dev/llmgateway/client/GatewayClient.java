package dev.llmgateway.client;

import dev.llmgateway.client.chat.ChatService;
import dev.llmgateway.client.completions.CompletionsService;
import dev.llmgateway.client.internal.http.BaseUrl;
import dev.llmgateway.client.internal.http.HeaderValues;
import dev.llmgateway.client.internal.http.HttpTransport;
import dev.llmgateway.client.internal.http.TransportConfig;
import dev.llmgateway.client.internal.service.ChatServiceImpl;
import dev.llmgateway.client.internal.service.CompletionsServiceImpl;
import dev.llmgateway.client.internal.service.ModelsServiceImpl;
import dev.llmgateway.client.models.ModelsService;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The client for an OpenAI-compatible LLM gateway (GKE Inference Gateway behind Apigee): chat and
 * text completions, streaming, models, with API-key injection, typed errors and retries.
 *
 * <pre>{@code
 * GatewayClient client = GatewayClient.builder()
 *     .baseUrl("http://localhost:8080")   // the gateway, e.g. http://<gateway-ip>:80
 *     .apiKey("...")                      // sent as x-api-key
 *     .maxRetries(2)
 *     .build();                           // or GatewayClient.fromEnv()
 * ChatCompletion c = client.chat().create(request);
 * }</pre>
 *
 * <p>Create one client per gateway and share it: this class is thread-safe, and views derived with
 * {@link #withOptions(RequestOptions)} and {@link #async()} share its connection pool and threads.
 * {@link #close()} on the client that was built releases them; closing a derived view does nothing.
 * {@code toString()} never shows credentials.
 */
public final class GatewayClient implements AutoCloseable {
  private final HttpTransport transport;
  private final boolean root;
  private final String description;
  private final RequestOptions defaults;
  private final ChatService chat;
  private final CompletionsService completions;
  private final ModelsService models;
  private final AsyncGatewayClient async;

  GatewayClient(
      HttpTransport transport, boolean root, String description, RequestOptions defaults) {
    this.transport = transport;
    this.root = root;
    this.description = description;
    this.defaults = defaults;
    ChatServiceImpl chatImpl = new ChatServiceImpl(transport, defaults);
    CompletionsServiceImpl completionsImpl = new CompletionsServiceImpl(transport, defaults);
    ModelsServiceImpl modelsImpl = new ModelsServiceImpl(transport, defaults);
    this.chat = chatImpl;
    this.completions = completionsImpl;
    this.models = modelsImpl;
    this.async =
        new AsyncGatewayClient(chatImpl.async(), completionsImpl.async(), modelsImpl.async());
  }

  /**
   * Returns a new builder. Required: {@code baseUrl}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a client from environment variables: {@code LLM_GATEWAY_BASE_URL} (required), {@code
   * LLM_GATEWAY_API_KEY}, {@code LLM_GATEWAY_API_KEY_HEADER} (default {@code x-api-key}), {@code
   * LLM_GATEWAY_BEARER_TOKEN} and {@code LLM_GATEWAY_MAX_RETRIES} (default 2).
   *
   * @return the client
   * @throws IllegalArgumentException if a variable is missing or malformed, naming it
   */
  public static GatewayClient fromEnv() {
    return fromEnv(System::getenv);
  }

  static GatewayClient fromEnv(Function<String, @Nullable String> env) {
    return builder().fromEnv(env).build();
  }

  /**
   * Returns the chat completions service.
   *
   * @return the service
   */
  public ChatService chat() {
    return chat;
  }

  /**
   * Returns the text completions service.
   *
   * @return the service
   */
  public CompletionsService completions() {
    return completions;
  }

  /**
   * Returns the models service.
   *
   * @return the service
   */
  public ModelsService models() {
    return models;
  }

  /**
   * Returns the asynchronous view of this client.
   *
   * @return the async view
   */
  public AsyncGatewayClient async() {
    return async;
  }

  /**
   * Returns a view of this client that applies the given options to every call (per-call options
   * still win). The view shares this client's connections and threads.
   *
   * @param options the options
   * @return the derived client
   */
  public GatewayClient withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options == null");
    return new GatewayClient(transport, false, description, defaults.mergedWith(options));
  }

  /**
   * Releases the connection pool and threads this client created; a user-supplied OkHttpClient or
   * executor is left alone. Calls in flight may fail; every later call on this client or a view
   * derived from it, sync, async or streaming, fails with an {@link IllegalStateException}. Does
   * nothing on derived views.
   */
  @Override
  public void close() {
    if (root) {
      transport.shutdown();
    }
  }

  /** The OkHttpClient of the calls, for tests. */
  OkHttpClient okHttpClient() {
    return transport.okHttpClient();
  }

  @Override
  public String toString() {
    return "GatewayClient{" + description + (root ? "" : ", derived, options=" + defaults) + "}";
  }

  /**
   * Builds {@link GatewayClient}s. Required: {@code baseUrl}. Defaults: API key header {@code
   * x-api-key}, {@link RetrySettings#defaultSettings()} (2 retries), Apigee quota windows of 1
   * minute (the request quota aligned to the clock, the token quota flexi), connect timeout 10 s,
   * non-streaming timeout 10 min, stream headers timeout 2 min, stream idle timeout 2 min, system
   * clock and sleeper, a new OkHttpClient whose pool keeps up to 64 idle connections for 4 s
   * (shorter than the 5 s after which vLLM's server closes idle connections, so no request meets a
   * connection the server already closed), and a cached pool of daemon threads for async calls. A
   * builder may build several clients; each has its own connections and threads. Not thread-safe.
   */
  public static final class Builder {
    private final TransportConfig config = new TransportConfig();
    private @Nullable String baseUrl;
    private @Nullable Integer maxRetries;
    private RequestOptions defaults = RequestOptions.none();

    private Builder() {}

    /**
     * Sets the gateway URL: {@code http://IP:PORT} with an optional path prefix. The client appends
     * {@code /v1/...}; a URL already ending in {@code /v1} is not doubled.
     *
     * @param baseUrl the URL
     * @return this builder
     * @throws IllegalArgumentException if the URL is malformed, or is an endpoint such as {@code
     *     .../v1/chat/completions} (the message names the base URL to use)
     */
    public Builder baseUrl(String baseUrl) {
      BaseUrl.parse(baseUrl); // fail fast, naming the field
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets a fixed API key, sent in the API key header ({@code x-api-key} by default).
     *
     * @param apiKey the key
     * @return this builder
     * @throws IllegalArgumentException if the key is blank
     */
    public Builder apiKey(String apiKey) {
      config.apiKey = ApiKeyProvider.of(apiKey);
      return this;
    }

    /**
     * Sets a provider asked for the API key on every attempt, for key rotation.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder apiKeyProvider(ApiKeyProvider provider) {
      config.apiKey = Objects.requireNonNull(provider, "apiKeyProvider == null");
      return this;
    }

    /**
     * Sets the header that carries the API key (default {@code x-api-key}).
     *
     * @param header the header name
     * @return this builder
     */
    public Builder apiKeyHeader(String header) {
      Objects.requireNonNull(header, "apiKeyHeader == null");
      config.apiKeyHeader = HeaderValues.checkName("apiKeyHeader", header);
      return this;
    }

    /**
     * Sets a fixed bearer token, sent as {@code Authorization: Bearer <token>} (for example vLLM's
     * {@code --api-key}).
     *
     * @param token the token
     * @return this builder
     */
    public Builder bearerToken(String token) {
      config.bearerToken = BearerTokenProvider.of(token);
      return this;
    }

    /**
     * Sets a provider of bearer tokens, asked on every attempt; see {@link
     * GoogleBearerTokenProvider} for Google credentials.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder bearerToken(BearerTokenProvider provider) {
      config.bearerToken = Objects.requireNonNull(provider, "bearerTokenProvider == null");
      return this;
    }

    /**
     * Sets a header sent with every request; per-call headers of the same name win.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder putHeader(String name, String value) {
      Objects.requireNonNull(name, "header name == null");
      if (name.trim().equalsIgnoreCase(RequestOptions.REQUEST_ID_HEADER)) {
        throw new IllegalArgumentException(
            "x-request-id is generated per call; set it per call with RequestOptions.requestId");
      }
      RequestOptions.builder().putHeader(name, value); // same validation
      config.headers.put(name, Objects.requireNonNull(value, "header value == null"));
      return this;
    }

    /**
     * Sets options applied to every call of the client (per-call options win).
     *
     * @param options the options
     * @return this builder
     */
    public Builder defaultOptions(RequestOptions options) {
      this.defaults = Objects.requireNonNull(options, "defaultOptions == null");
      return this;
    }

    /**
     * Sets the number of retries after the first attempt; 0 turns retries off. Overrides the value
     * in {@link #retrySettings(RetrySettings)}.
     *
     * @param maxRetries at least 0
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the retry settings.
     *
     * @param settings the settings
     * @return this builder
     */
    public Builder retrySettings(RetrySettings settings) {
      config.retrySettings = Objects.requireNonNull(settings, "retrySettings == null");
      return this;
    }

    /**
     * Sets the window of the Apigee request quota ({@code QuotaViolation}) the key's API product
     * has (default aligned, 1 minute), from which the client estimates when a used-up quota resets:
     * {@link dev.llmgateway.client.errors.QuotaExceededException#resetAt()}, and a retry if that
     * lies within {@link RetrySettings#maxWait()}.
     *
     * @param window the window
     * @return this builder
     */
    public Builder requestQuotaWindow(QuotaWindow window) {
      config.requestQuotaWindow = Objects.requireNonNull(window, "requestQuotaWindow == null");
      return this;
    }

    /**
     * Sets the window of the Apigee LLM token quota ({@code LLMTokenQuotaViolation}) the key's API
     * product has (default flexi, 1 minute); see {@link #requestQuotaWindow(QuotaWindow)}.
     *
     * @param window the window
     * @return this builder
     */
    public Builder tokenQuotaWindow(QuotaWindow window) {
      config.tokenQuotaWindow = Objects.requireNonNull(window, "tokenQuotaWindow == null");
      return this;
    }

    /**
     * Sets the connect timeout (default 10 s).
     *
     * @param timeout at least 1 ms; longer than about 24.8 days means no practical limit
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      config.connectTimeout = Durations.timeout(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long one non-streaming attempt may take, from sending the request to reading the
     * whole response (default 10 min). Streams are not bounded by it: they use the headers and idle
     * timeouts. {@link RequestOptions.Builder#timeout(Duration)} overrides it for one call.
     *
     * @param timeout at least 1 ms; longer than about 24.8 days means no practical limit
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      config.timeout = Durations.timeout(timeout, "timeout");
      return this;
    }

    /**
     * Sets how long a stream may take from sending the request to its response headers (default 2
     * min). It ends when the headers arrive and does not limit the idle timeout.
     *
     * @param timeout at least 1 ms; longer than about 24.8 days means no practical limit
     * @return this builder
     */
    public Builder streamHeadersTimeout(Duration timeout) {
      config.streamHeadersTimeout = Durations.timeout(timeout, "streamHeadersTimeout");
      return this;
    }

    /**
     * Sets the longest gap between two stream events (default 2 min), independent of {@link
     * #streamHeadersTimeout}; {@link RequestOptions.Builder#streamIdleTimeout} overrides it per
     * call. Streams have no total timeout.
     *
     * @param timeout at least 1 ms; longer than about 24.8 days means no practical limit
     * @return this builder
     */
    public Builder streamIdleTimeout(Duration timeout) {
      config.streamIdleTimeout = Durations.timeout(timeout, "streamIdleTimeout");
      return this;
    }

    /**
     * Uses the given OkHttpClient (its pool, dispatcher, proxy, TLS and interceptors); the client
     * derives one from it with its own timeouts. It is not closed by {@link GatewayClient#close()}.
     *
     * @param client the OkHttpClient
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      config.okHttpClient = Objects.requireNonNull(client, "okHttpClient == null");
      return this;
    }

    /**
     * Adds an OkHttp application interceptor.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public Builder addInterceptor(Interceptor interceptor) {
      config.interceptors.add(Objects.requireNonNull(interceptor, "interceptor == null"));
      return this;
    }

    /**
     * Adds a listener for call events.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(GatewayListener listener) {
      config.listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Sets the clock for deadlines and quota windows (default system UTC clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      config.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets how the client waits between retries, for tests that must not wait (default: sync calls
     * sleep with {@link Sleeper#system()}, async calls schedule the retry on a timer). A custom
     * sleeper is used by async calls too, on their executor thread.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      config.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Sets the logger (default {@code System.getLogger("dev.llmgateway.client")}). Credential
     * header values are never logged.
     *
     * @param logger the logger
     * @return this builder
     */
    public Builder logger(System.Logger logger) {
      config.logger = Objects.requireNonNull(logger, "logger == null");
      return this;
    }

    /**
     * Sets the executor of async calls; the client does not shut it down. By default the client
     * owns a cached pool of daemon threads.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder asyncExecutor(ExecutorService executor) {
      config.executor = Objects.requireNonNull(executor, "asyncExecutor == null");
      return this;
    }

    Builder random(DoubleSupplier random) {
      config.random = random;
      return this;
    }

    Builder fromEnv(Function<String, @Nullable String> env) {
      EnvironmentConfig.apply(this, env);
      return this;
    }

    /**
     * Builds a client. The builder is not changed: building again gives an independent client, with
     * its own connections and threads (or its own view of the same supplied OkHttpClient).
     *
     * @return the client
     * @throws IllegalArgumentException if {@code baseUrl} is missing
     */
    public GatewayClient build() {
      if (baseUrl == null) {
        throw new IllegalArgumentException(
            "baseUrl must be set (for example http://10.0.0.1:80), or use GatewayClient.fromEnv()"
                + " with LLM_GATEWAY_BASE_URL");
      }
      BaseUrl url = BaseUrl.parse(baseUrl);
      RetrySettings retry =
          maxRetries == null
              ? config.retrySettings
              : config.retrySettings.toBuilder().maxRetries(maxRetries).build();
      return new GatewayClient(
          new HttpTransport(config, url, retry), true, config.describe(url, retry), defaults);
    }
  }
}
