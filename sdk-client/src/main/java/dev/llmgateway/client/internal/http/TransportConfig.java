package dev.llmgateway.client.internal.http;

import dev.llmgateway.client.ApiKeyProvider;
import dev.llmgateway.client.BearerTokenProvider;
import dev.llmgateway.client.GatewayListener;
import dev.llmgateway.client.QuotaWindow;
import dev.llmgateway.client.RetrySettings;
import dev.llmgateway.client.Sleeper;
import dev.llmgateway.client.internal.log.Redactor;
import dev.llmgateway.client.internal.retry.QuotaResetEstimator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.DoubleSupplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Everything the transport needs, filled in and validated by {@code GatewayClient.Builder}. A plain
 * holder that only the builder writes: the transport reads it once and copies what it keeps, so one
 * builder can build independent clients.
 */
public final class TransportConfig {
  /** A user-supplied OkHttpClient, or null to create one. */
  public @Nullable OkHttpClient okHttpClient;

  /** OkHttp application interceptors added to the client's own OkHttpClient. */
  public final List<Interceptor> interceptors = new ArrayList<>();

  /** API key source, or null to send none. */
  public @Nullable ApiKeyProvider apiKey;

  /** Header carrying the API key. */
  public String apiKeyHeader = "x-api-key";

  /** Bearer token source, or null. */
  public @Nullable BearerTokenProvider bearerToken;

  /** Headers sent with every request. */
  public final Map<String, String> headers = new LinkedHashMap<>();

  /** Listeners. */
  public final List<GatewayListener> listeners = new ArrayList<>();

  /** Clock for deadlines, quota windows and call start times. */
  public Clock clock = Clock.systemUTC();

  /** Waits between retries; null for the system sleeper (async waits then use a timer). */
  public @Nullable Sleeper sleeper;

  /** Random source for jitter, or null for a thread-local one. */
  public @Nullable DoubleSupplier random;

  /** Retry settings of the client. */
  public RetrySettings retrySettings = RetrySettings.defaultSettings();

  /** Window of the Apigee request quota. */
  public QuotaWindow requestQuotaWindow = QuotaResetEstimator.DEFAULT_REQUEST_WINDOW;

  /** Window of the Apigee LLM token quota. */
  public QuotaWindow tokenQuotaWindow = QuotaResetEstimator.DEFAULT_TOKEN_WINDOW;

  /** Connect timeout. */
  public Duration connectTimeout = Duration.ofSeconds(10);

  /** Timeout of one non-streaming attempt. */
  public Duration timeout = Duration.ofMinutes(10);

  /** Time allowed until a stream's response headers arrive. */
  public Duration streamHeadersTimeout = Duration.ofMinutes(2);

  /** Longest gap between two stream events. */
  public Duration streamIdleTimeout = Duration.ofMinutes(2);

  /** Logger. */
  public System.Logger logger = System.getLogger("dev.llmgateway.client");

  /** Executor for async calls, or null to create one owned by the client. */
  public @Nullable ExecutorService executor;

  /**
   * Describes the client built from this configuration for {@code GatewayClient.toString()}:
   * whether credentials are set, never their values.
   *
   * @param url the client's base URL
   * @param retry the client's effective retry settings
   * @return the description
   */
  public String describe(BaseUrl url, RetrySettings retry) {
    return "baseUrl="
        + url
        + ", apiKeyHeader="
        + apiKeyHeader
        + ", apiKey="
        + (apiKey == null ? "none" : Redactor.MARKER)
        + ", bearerToken="
        + (bearerToken == null ? "none" : Redactor.MARKER)
        + ", maxRetries="
        + retry.maxRetries();
  }
}
