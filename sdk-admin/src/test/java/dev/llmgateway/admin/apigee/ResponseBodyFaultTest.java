package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.json;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeServerException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7 item 13: a success status with an error document or no resource, and HTML error pages,
 * give clear errors with the HTTP status and without markup.
 */
class ResponseBodyFaultTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String HTML_502 =
      "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
          + "<title>502 Bad Gateway</title><style>body{margin:0;padding:40px}</style>"
          + "<script>var tracking = 'x'.repeat(200);</script></head>"
          + "<body><h1>Bad Gateway</h1><p>The server encountered a temporary error and could not"
          + " complete your request.<p>Please try again in 30 seconds.</body></html>"
          + "<!-- padding -->".repeat(50);

  private ApigeeException failGetDeveloper(MockResponse response) {
    server.enqueue(response);
    ApigeeClient client = MockApigee.clientBuilder(server, time).maxRetries(0).build();
    return assertThrows(ApigeeException.class, () -> client.developers().get("jane@example.com"));
  }

  @Test
  void success200WithErrorEnvelope_isTheErrorWithStatus200() {
    ApigeeException e =
        failGetDeveloper(
            ok(
                "{\"error\":{\"code\":500,\"message\":\"backend failed\",\"status\":\"INTERNAL\"}}"));
    assertInstanceOf(ApigeeServerException.class, e, "classified like the error it is");
    assertEquals(200, e.statusCode());
    assertEquals("INTERNAL", e.status());
    assertTrue(e.getMessage().contains("HTTP 200 with an error document"), e.getMessage());
    assertTrue(e.getMessage().contains("backend failed"), e.getMessage());
    assertFalse(e.getMessage().contains("must not be blank"), e.getMessage());
  }

  @Test
  void success200WithApigeeFault_isAnErrorNamingTheFault() {
    ApigeeException e =
        failGetDeveloper(
            ok(
                "{\"fault\":{\"faultstring\":\"Invalid access token\",\"detail\":"
                    + "{\"errorcode\":\"keymanagement.service.invalid_access_token\"}}}"));
    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("Invalid access token"), e.getMessage());
    assertTrue(
        e.getMessage().contains("keymanagement.service.invalid_access_token"), e.getMessage());
  }

  @Test
  void empty200_saysTheBodyWasEmptyWhereADeveloperWasExpected() {
    ApigeeException e = failGetDeveloper(new MockResponse.Builder().code(200).build());
    assertEquals(200, e.statusCode());
    assertEquals(
        "GET organizations/my-org/developers/jane@example.com returned HTTP 200 with an empty body"
            + " where a developer was expected",
        e.getMessage());
  }

  @Test
  void emptyObject200_saysSoInsteadOfNamingAField() {
    ApigeeException e = failGetDeveloper(ok("{}"));
    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("an empty JSON object"), e.getMessage());
    assertFalse(e.getMessage().contains("must not be blank"), e.getMessage());
  }

  @Test
  void create200WithErrorEnvelope_isNotReportedAsCreated() {
    server.enqueue(
        ok("{\"error\":{\"code\":409,\"message\":\"exists\",\"status\":\"ALREADY_EXISTS\"}}"));
    ApigeeException e =
        assertThrows(
            ApigeeException.class,
            () -> MockApigee.client(server, time).developers().create(DevelopersTest.jane()));
    assertEquals(200, e.statusCode());
    assertEquals("ALREADY_EXISTS", e.status());
  }

  @ParameterizedTest(name = "HTML {0}")
  @ValueSource(ints = {502, 503, 404})
  void htmlErrorPage_isSummarisedWithoutMarkup(int code) {
    ApigeeException e =
        failGetDeveloper(
            new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "text/html; charset=UTF-8")
                .body(HTML_502)
                .build());
    assertEquals(code, e.statusCode());
    assertFalse(e.getMessage().contains("<"), e.getMessage());
    assertFalse(e.getMessage().contains("tracking"), e.getMessage());
    assertFalse(e.serverMessage().contains("<"), e.serverMessage());
    assertTrue(e.getMessage().contains("text/html"), e.getMessage());
    assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
    assertTrue(e.getMessage().length() < 250, e.getMessage().length() + ": " + e.getMessage());
  }

  @Test
  void longPlainTextError_isCutToAShortExcerpt() {
    ApigeeException e =
        failGetDeveloper(
            new MockResponse.Builder()
                .code(500)
                .addHeader("Content-Type", "text/plain")
                .body(
                    "upstream connect error or disconnect/reset before headers. "
                        + "x".repeat(5000))
                .build());
    assertTrue(e.getMessage().contains("upstream connect error"), e.getMessage());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void unreadableResource_carriesTheStatusAndTheCall() {
    ApigeeException e = failGetDeveloper(json(200, "{\"email\":\"jane@example.com\"}"));
    assertEquals(200, e.statusCode());
    assertEquals(
        "GET organizations/my-org/developers/jane@example.com returned HTTP 200 with a developer"
            + " this client cannot read: firstName must not be blank",
        e.getMessage());
  }
}
