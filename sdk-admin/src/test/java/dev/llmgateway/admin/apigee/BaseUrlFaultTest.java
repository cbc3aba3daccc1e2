package dev.llmgateway.admin.apigee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 7 item 13: a base URL with user info, a query or a fragment is rejected (a query would ride
 * on every request, and both would be printed by {@code toString()}).
 */
class BaseUrlFaultTest {

  private static ApigeeClient.Builder builder(String baseUrl) {
    return ApigeeClient.builder().organization("my-org").accessToken("t0ken").baseUrl(baseUrl);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://admin:hunter2@apigee.example.com, user info, hunter2",
    "https://hunter2@apigee.example.com/v1, user info, hunter2",
    "https://apigee.example.com/?key=hunter2, a query, hunter2",
    "https://apigee.example.com/v1#hunter2, a fragment, hunter2"
  })
  void baseUrlWithUserInfoQueryOrFragment_isRejectedWithoutEchoingIt(
      String baseUrl, String part, String secret) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder(baseUrl).build());
    assertTrue(e.getMessage().startsWith("baseUrl must not contain " + part), e.getMessage());
    assertFalse(e.getMessage().contains(secret), e.getMessage());
    assertTrue(e.getMessage().contains("https://apigee.example.com"), e.getMessage());
  }

  @Test
  void toString_showsTheApiRootOnly() {
    ApigeeClient client = builder("https://apigee.eu.rep.googleapis.com/v1/").build();
    assertEquals(
        "ApigeeClient{baseUrl=https://apigee.eu.rep.googleapis.com/v1/, organization=my-org,"
            + " credentials=access token}",
        client.toString());
  }

  @Test
  void unparsableBaseUrl_isRejectedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder("apigee.example.com?key=hunter2").build());
    assertTrue(e.getMessage().startsWith("baseUrl must be an http or https URL"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }
}
