package dev.llmgateway.emulator.internal.apigee.mgmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.emulator.internal.apigee.ApigeeHarness;
import dev.llmgateway.emulator.internal.apigee.Zips;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** google.rpc.Status errors for bad input, and that bad input does not harm the emulator. */
class ManagementErrorsTest {

  static final String ORG = "/v1/organizations/" + ApigeeHarness.ORG;
  static final String APIS = ORG + "/apis?name=p&action=import";
  static final String DEV =
      "{\"email\":\"a@example.com\",\"firstName\":\"A\",\"lastName\":\"B\",\"userName\":\"ab\"}";

  final ApigeeHarness apigee = new ApigeeHarness();
  final RawHttp http = new RawHttp(apigee.emulator.url());

  @AfterEach
  void close() {
    apigee.close();
  }

  static void assertError(HttpResponse<byte[]> r, int code, String status) {
    assertEquals(code, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode e = RawHttp.error(r);
    assertEquals(code, e.path("code").asInt());
    assertEquals(status, e.path("status").asString());
    assertTrue(!e.path("message").asString().isBlank());
  }

  @Test
  void malformedJson_is400InvalidArgumentWithLineAndColumn() {
    HttpResponse<byte[]> r = http.json("POST", ORG + "/developers", "{\"email\": ");
    assertError(r, 400, "INVALID_ARGUMENT");
    assertEquals(
        "Invalid JSON payload received at line 1, column 11.",
        RawHttp.error(r).path("message").asString());
  }

  @Test
  void missingRequiredField_is400WithAFieldViolationNamingIt() {
    HttpResponse<byte[]> r =
        http.json("POST", ORG + "/developers", "{\"email\":\"a@example.com\"}");
    assertError(r, 400, "INVALID_ARGUMENT");
    JsonNode v = RawHttp.error(r).path("details").get(0);
    assertEquals("type.googleapis.com/google.rpc.BadRequest", v.path("@type").asString());
    assertEquals("firstName", v.path("fieldViolations").get(0).path("field").asString());
  }

  @Test
  void unknownPathsAndMethods_are404_unknownOrganization_is403_unservedMethod_is501() {
    assertError(http.json("GET", "/v1/nothing", ""), 404, "NOT_FOUND");
    assertError(http.json("PATCH", ORG + "/developers", "{}"), 404, "NOT_FOUND");
    assertError(http.json("GET", ORG + "/developers/nobody@example.com", ""), 404, "NOT_FOUND");
    assertError(
        http.json("GET", "/v1/organizations/other/developers", ""), 403, "PERMISSION_DENIED");
    assertError(http.json("GET", ORG + "/apps", ""), 501, "UNIMPLEMENTED");
  }

  @Test
  void duplicateDeveloper_is409AlreadyExists() {
    assertEquals(200, http.json("POST", ORG + "/developers", DEV).statusCode());
    assertError(http.json("POST", ORG + "/developers", DEV), 409, "ALREADY_EXISTS");
  }

  @Test
  void bodyOverTheOneMebibyteLimit_is413() {
    byte[] big = new byte[BodyReader.JSON_LIMIT + 1];
    Arrays.fill(big, (byte) ' ');
    HttpResponse<byte[]> r = http.send("POST", ORG + "/developers", "application/json", big);
    assertError(r, 413, "INVALID_ARGUMENT");
    assertTrue(RawHttp.error(r).path("message").asString().contains("1048576 bytes"));
  }

  @Test
  void badBundles_are400WithAViolationNamingTheFile() {
    HttpResponse<byte[]> notZip = http.upload(APIS, "not a zip".getBytes(StandardCharsets.UTF_8));
    assertError(notZip, 400, "INVALID_ARGUMENT");
    assertEquals(
        "type.googleapis.com/edge.configstore.bundle.BadBundle",
        RawHttp.error(notZip).path("details").get(0).path("@type").asString());

    byte[] slip =
        Zips.of(
            "apiproxy/../../etc/passwd", "x", "apiproxy/proxies/default.xml", "<ProxyEndpoint/>");
    assertEquals(
        "apiproxy/../../etc/passwd",
        RawHttp.error(http.upload(APIS, slip))
            .path("details")
            .get(0)
            .path("violations")
            .get(0)
            .path("filename")
            .asString());

    byte[] malformed = Zips.of("apiproxy/proxies/default.xml", "<ProxyEndpoint>");
    JsonNode v =
        RawHttp.error(http.upload(APIS, malformed))
            .path("details")
            .get(0)
            .path("violations")
            .get(0);
    assertEquals("apiproxy/proxies/default.xml", v.path("filename").asString());
    assertTrue(v.path("description").asString().startsWith("not well-formed XML"));

    byte[] doctype =
        Zips.of(
            "apiproxy/proxies/default.xml",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><ProxyEndpoint>&e;</ProxyEndpoint>");
    assertError(http.upload(APIS, doctype), 400, "INVALID_ARGUMENT");

    byte[] missingPolicy =
        Zips.of(
            "apiproxy/proxies/default.xml",
            Zips.endpoint("/", new String[] {"Q-Missing"}, new String[0]));
    JsonNode m =
        RawHttp.error(http.upload(APIS, missingPolicy))
            .path("details")
            .get(0)
            .path("violations")
            .get(0);
    assertTrue(
        m.path("description")
            .asString()
            .contains("'Q-Missing' references a policy that does not exist"));

    assertError(
        http.send(
            "POST",
            APIS,
            "multipart/form-data; boundary=x",
            "--x--\r\n".getBytes(StandardCharsets.UTF_8)),
        400,
        "INVALID_ARGUMENT");
    assertError(
        http.upload(ORG + "/apis?name=p", TokenQuotaPreset.bundle().toZip()),
        400,
        "INVALID_ARGUMENT");
    assertError(
        http.upload(ORG + "/apis?name=bad/name&action=import", TokenQuotaPreset.bundle().toZip()),
        400,
        "INVALID_ARGUMENT");
    assertEquals(404, http.json("GET", ORG + "/apis/p", "").statusCode());
  }

  @Test
  void thousandsOfBadRequests_thenGoodRequestsStillWork() {
    byte[] big = new byte[BodyReader.JSON_LIMIT + 10];
    for (int i = 0; i < 2400; i++) {
      switch (i % 6) {
        case 0:
          assertEquals(400, http.json("POST", ORG + "/developers", "{\"a\":[1,2").statusCode());
          break;
        case 1:
          assertEquals(404, http.json("GET", ORG + "/nothing/" + i, "").statusCode());
          break;
        case 2:
          assertEquals(
              400, http.upload(APIS, ("zip" + i).getBytes(StandardCharsets.UTF_8)).statusCode());
          break;
        case 3:
          assertEquals(404, http.json("DELETE", ORG + "/developers", "").statusCode());
          break;
        case 4:
          assertEquals(
              400, http.json("POST", ORG + "/apiproducts", "[\"not an object\"]").statusCode());
          break;
        default:
          if (i % 60 == 5) {
            assertEquals(
                413, http.send("PUT", ORG + "/developers/x", "application/json", big).statusCode());
          } else {
            assertEquals(
                403, http.json("GET", "/v1/organizations/o" + i + "/apis", "").statusCode());
          }
      }
    }
    try (ApigeeClient client = apigee.client()) {
      assertEquals("1", client.apiProxies().importBundle(TokenQuotaPreset.bundle()).revision());
    }
    assertEquals(200, http.json("POST", ORG + "/developers", DEV).statusCode());
    assertEquals(200, http.json("GET", ORG + "/developers/a@example.com", "").statusCode());
  }
}
