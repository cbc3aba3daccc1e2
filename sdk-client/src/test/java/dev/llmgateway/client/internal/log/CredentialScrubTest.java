package dev.llmgateway.client.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class CredentialScrubTest {
  private final Secrets secrets = new Secrets("api-key");

  @Test
  void sensitive_configuredAndStandardCredentialHeaders_anyCase() {
    assertTrue(secrets.sensitive("API-KEY"));
    assertTrue(secrets.sensitive("x-api-key"));
    assertTrue(secrets.sensitive("Authorization"));
    assertTrue(secrets.sensitive("Cookie"));
    assertFalse(secrets.sensitive("x-request-id"));
  }

  @Test
  void scrub_removesEveryCredentialValueAndBareBearerToken() {
    Headers sent =
        Headers.of(
            "api-key", "k-123456",
            "Authorization", "Bearer tok-abcdef",
            "x-request-id", "req-1");
    assertEquals(
        "key ****, token **** and ****, id req-1",
        secrets.scrub("key k-123456, token tok-abcdef and Bearer tok-abcdef, id req-1", sent));
  }

  @Test
  void scrub_valuesTooShortToBeKeys_leaveTheTextAlone() {
    assertEquals("a b c", secrets.scrub("a b c", Headers.of("x-api-key", "b")));
  }
}
