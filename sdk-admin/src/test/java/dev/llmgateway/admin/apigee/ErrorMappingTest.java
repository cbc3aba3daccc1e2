package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.errors.ApigeeConflictException;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeFailedPreconditionException;
import dev.llmgateway.admin.apigee.errors.ApigeeInvalidArgumentException;
import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.errors.ApigeePermissionDeniedException;
import dev.llmgateway.admin.apigee.errors.ApigeeResourceExhaustedException;
import dev.llmgateway.admin.apigee.errors.ApigeeServerException;
import dev.llmgateway.admin.apigee.errors.ApigeeUnauthenticatedException;
import dev.llmgateway.admin.apigee.errors.Violation;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  private ApigeeException failGet(MockResponse response) {
    server.enqueue(response);
    ApigeeClient client = MockApigee.clientBuilder(server, time).maxRetries(0).build();
    return assertThrows(ApigeeException.class, () -> client.apiProducts().get("llm-product"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "400, INVALID_ARGUMENT, ApigeeInvalidArgumentException",
    "400, OUT_OF_RANGE, ApigeeInvalidArgumentException",
    "400, FAILED_PRECONDITION, ApigeeFailedPreconditionException",
    "401, UNAUTHENTICATED, ApigeeUnauthenticatedException",
    "403, PERMISSION_DENIED, ApigeePermissionDeniedException",
    "404, NOT_FOUND, ApigeeNotFoundException",
    "409, ALREADY_EXISTS, ApigeeConflictException",
    "409, ABORTED, ApigeeConflictException",
    "429, RESOURCE_EXHAUSTED, ApigeeResourceExhaustedException",
    "500, INTERNAL, ApigeeServerException",
    "503, UNAVAILABLE, ApigeeServerException",
    "504, DEADLINE_EXCEEDED, ApigeeServerException",
    "501, UNIMPLEMENTED, ApigeeServerException",
    "499, CANCELLED, ApigeeException"
  })
  void statusEnvelope_mapsToExceptionByStatus(int code, String status, String type) {
    ApigeeException e = failGet(error(code, status, "something about it"));
    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(code, e.statusCode());
    assertEquals(status, e.status());
    assertEquals("something about it", e.serverMessage());
    assertTrue(e.getMessage().contains("GET organizations/my-org/apiproducts/llm-product"));
  }

  @ParameterizedTest(name = "HTTP {0} without envelope -> {1}")
  @CsvSource({
    "400, ApigeeInvalidArgumentException",
    "401, ApigeeUnauthenticatedException",
    "403, ApigeePermissionDeniedException",
    "404, ApigeeNotFoundException",
    "409, ApigeeConflictException",
    "429, ApigeeResourceExhaustedException",
    "502, ApigeeServerException",
    "418, ApigeeException"
  })
  void bodyWithoutEnvelope_mapsByHttpStatusAndKeepsTextWithoutMarkup(int code, String type) {
    ApigeeException e =
        failGet(
            new MockResponse.Builder().code(code).body("<html>upstream said no</html>").build());
    assertEquals(type, e.getClass().getSimpleName());
    assertEquals("", e.status());
    assertEquals("upstream said no", e.serverMessage());
  }

  @Test
  void emptyBody404_isNotFound() {
    ApigeeException e = failGet(new MockResponse.Builder().code(404).build());
    assertInstanceOf(ApigeeNotFoundException.class, e);
    assertEquals("", e.serverMessage());
  }

  @Test
  void preconditionFailureDetails_keptAsDetailsAndViolations() {
    ApigeeException e =
        failGet(
            json(
                400,
                "{\"error\":{\"code\":400,\"message\":\"bad\",\"status\":\"FAILED_PRECONDITION\","
                    + "\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.PreconditionFailure\","
                    + "\"violations\":[{\"type\":\"routing\",\"subject\":\"basepath\","
                    + "\"description\":\"base path in use\"}]}]}}"));
    assertInstanceOf(ApigeeFailedPreconditionException.class, e);
    assertEquals(1, e.details().size());
    assertEquals(
        "type.googleapis.com/google.rpc.PreconditionFailure", e.details().get(0).get("@type"));
    assertEquals(
        List.of(
            Violation.of(
                "type.googleapis.com/google.rpc.PreconditionFailure",
                "routing",
                "basepath",
                "base path in use")),
        e.violations());
    assertTrue(e.getMessage().contains("base path in use"), e.getMessage());
  }

  @Test
  void badRequestFieldViolationsAndBundleViolations_becomeViolations() {
    ApigeeException e =
        failGet(
            json(
                400,
                "{\"error\":{\"code\":400,\"message\":\"bundle contains errors\","
                    + "\"status\":\"INVALID_ARGUMENT\",\"details\":["
                    + "{\"@type\":\"type.googleapis.com/google.rpc.BadRequest\","
                    + "\"fieldViolations\":[{\"field\":\"quota\",\"description\":\"not a number\"}]},"
                    + "{\"@type\":\"type.googleapis.com/edge.configstore.bundle.BadBundle\","
                    + "\"violations\":[{\"filename\":\"apiproxy/policies/Q.xml\","
                    + "\"description\":\"unknown element\"}]}]}}"));
    assertInstanceOf(ApigeeInvalidArgumentException.class, e);
    assertEquals(2, e.violations().size());
    assertEquals("quota", e.violations().get(0).subject());
    assertEquals("not a number", e.violations().get(0).description());
    assertEquals("apiproxy/policies/Q.xml", e.violations().get(1).subject());
    assertEquals(
        "type.googleapis.com/edge.configstore.bundle.BadBundle",
        e.violations().get(1).detailType());
  }

  @Test
  void errorMessages_neverContainTheAccessToken() {
    ApigeeException e =
        failGet(error(401, "UNAUTHENTICATED", "token " + MockApigee.TOKEN + " is invalid"));
    assertInstanceOf(ApigeeUnauthenticatedException.class, e);
    assertFalse(e.getMessage().contains(MockApigee.TOKEN), e.getMessage());
    assertFalse(e.serverMessage().contains(MockApigee.TOKEN), e.serverMessage());
    assertTrue(e.getMessage().contains("****"), e.getMessage());
  }

  @Test
  void successWithNonJsonBody_throwsApigeeExceptionNotAParserError() {
    server.enqueue(
        new MockResponse.Builder().code(200).body("<html>captive portal</html>").build());
    ApigeeException e =
        assertThrows(
            ApigeeException.class,
            () -> MockApigee.client(server, time).developers().get("jane@example.com"));
    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().endsWith("returned HTTP 200 with a body that is not JSON"));
  }

  @Test
  void exceptionTypes_shareTheRoot() {
    for (Class<?> c :
        List.of(
            ApigeeInvalidArgumentException.class,
            ApigeeFailedPreconditionException.class,
            ApigeeUnauthenticatedException.class,
            ApigeePermissionDeniedException.class,
            ApigeeNotFoundException.class,
            ApigeeConflictException.class,
            ApigeeResourceExhaustedException.class,
            ApigeeServerException.class)) {
      assertTrue(ApigeeException.class.isAssignableFrom(c), c.getName());
      assertTrue(RuntimeException.class.isAssignableFrom(c), c.getName());
    }
  }
}
