package dev.llmgateway.client;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads the environment variables of {@link GatewayClient#fromEnv()} into a builder. */
final class EnvironmentConfig {
  private EnvironmentConfig() {}

  static void apply(GatewayClient.Builder b, Function<String, @Nullable String> env) {
    String url = env.apply("LLM_GATEWAY_BASE_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(
          "LLM_GATEWAY_BASE_URL must be set, for example to http://10.0.0.1:80");
    }
    try {
      b.baseUrl(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("LLM_GATEWAY_BASE_URL: " + e.getMessage(), e);
    }
    String header = env.apply("LLM_GATEWAY_API_KEY_HEADER");
    if (header != null && !header.isBlank()) {
      b.apiKeyHeader(header.trim());
    }
    String key = env.apply("LLM_GATEWAY_API_KEY");
    if (key != null && !key.isBlank()) {
      b.apiKey(key.trim());
    }
    String bearer = env.apply("LLM_GATEWAY_BEARER_TOKEN");
    if (bearer != null && !bearer.isBlank()) {
      b.bearerToken(bearer.trim());
    }
    String retries = env.apply("LLM_GATEWAY_MAX_RETRIES");
    if (retries != null && !retries.isBlank()) {
      int n;
      try {
        n = Integer.parseInt(retries.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "LLM_GATEWAY_MAX_RETRIES must be an integer >= 0 but was '" + retries + "'", e);
      }
      if (n < 0) {
        throw new IllegalArgumentException("LLM_GATEWAY_MAX_RETRIES must be >= 0 but was " + n);
      }
      b.maxRetries(n);
    }
  }
}
