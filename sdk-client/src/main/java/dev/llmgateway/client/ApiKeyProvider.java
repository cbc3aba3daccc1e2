package dev.llmgateway.client;

import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.http.HeaderValues;
import dev.llmgateway.client.internal.log.Redactor;

/**
 * Supplies the API key sent with every request (by default in the {@code x-api-key} header). The
 * client calls {@link #apiKey()} once per attempt, so a provider can rotate keys without rebuilding
 * the client. Implementations must be thread-safe and fast (cache the key; do not fetch it from a
 * remote store on every call).
 */
@FunctionalInterface
public interface ApiKeyProvider {

  /**
   * Returns the current API key.
   *
   * @return the key: not blank, printable ASCII only (a key with CR, LF, other control or non-ASCII
   *     characters fails the call with an {@link IllegalStateException} that does not show it)
   */
  String apiKey();

  /**
   * Returns a provider of a fixed key.
   *
   * @param apiKey the key
   * @return the provider; its {@code toString()} does not reveal the key
   * @throws IllegalArgumentException if the key is blank, or contains CR, LF, other control or
   *     non-ASCII characters (the message names the field, never the key)
   */
  static ApiKeyProvider of(String apiKey) {
    Checks.notBlank(Checks.notNull(apiKey, "apiKey"), "apiKey");
    HeaderValues.checkValue("apiKey", apiKey);
    return new ApiKeyProvider() {
      @Override
      public String apiKey() {
        return apiKey;
      }

      @Override
      public String toString() {
        return "ApiKeyProvider{" + Redactor.MARKER + "}";
      }
    };
  }
}
