package dev.llmgateway.client;

import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.http.HeaderValues;
import dev.llmgateway.client.internal.log.Redactor;

/**
 * Supplies the token sent as {@code Authorization: Bearer <token>}: a vLLM {@code --api-key}, or an
 * OAuth access or ID token for IAM-protected endpoints (see {@link GoogleBearerTokenProvider}). The
 * client calls {@link #token()} once per attempt, so providers may refresh tokens. Implementations
 * must be thread-safe.
 */
@FunctionalInterface
public interface BearerTokenProvider {

  /**
   * Returns the current token.
   *
   * @return the token: not blank, printable ASCII only (otherwise the call fails with an {@link
   *     IllegalStateException} that does not show it)
   */
  String token();

  /**
   * Returns a provider of a fixed token.
   *
   * @param token the token
   * @return the provider; its {@code toString()} does not reveal the token
   * @throws IllegalArgumentException if the token is blank, or contains CR, LF, other control or
   *     non-ASCII characters (the message names the field, never the token)
   */
  static BearerTokenProvider of(String token) {
    Checks.notBlank(Checks.notNull(token, "bearerToken"), "bearerToken");
    HeaderValues.checkValue("bearerToken", token);
    return new BearerTokenProvider() {
      @Override
      public String token() {
        return token;
      }

      @Override
      public String toString() {
        return "BearerTokenProvider{" + Redactor.MARKER + "}";
      }
    };
  }
}
