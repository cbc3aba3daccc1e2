package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.expect;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.errors.ApigeeDeploymentException;
import dev.llmgateway.admin.apigee.errors.ApigeeInvalidArgumentException;
import dev.llmgateway.admin.apigee.errors.ApigeeTimeoutException;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import dev.llmgateway.admin.apigee.names.RevisionName;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipInputStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.ByteString;
import org.junit.jupiter.api.Test;

class ProxiesAndDeploymentsTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String REVISION =
      "{\"name\":\"apigee-llm-inf-gw\",\"revision\":\"3\","
          + "\"basepaths\":[\"/v1/samples/apigee-llm-inf-gw\"],"
          + "\"policies\":[\"VA-VerifyAPIKey\",\"Q-TokenQuota\"],\"proxyEndpoints\":[\"default\"]}";
  static final String DEPLOY_PATH =
      "/v1/organizations/my-org/environments/eval/apis/apigee-llm-inf-gw/revisions/3/deployments";
  static final RevisionName REV =
      RevisionName.parse("organizations/my-org/apis/apigee-llm-inf-gw/revisions/3");

  static String deployment(String state, String extra) {
    return "{\"environment\":\"eval\",\"apiProxy\":\"apigee-llm-inf-gw\",\"revision\":\"3\","
        + "\"deployStartTime\":\"1700000000000\",\"state\":\""
        + state
        + "\""
        + extra
        + "}";
  }

  @Test
  void importBundle_postsZipAsMultipartFileWithNameAndActionImport() throws Exception {
    server.enqueue(ok(REVISION));
    ApigeeClient apigee = MockApigee.client(server, time);
    ProxyRevision rev = apigee.apiProxies().importBundle(TokenQuotaPreset.bundle());

    RecordedRequest r =
        expect(
            server, "POST", "/v1/organizations/my-org/apis?name=apigee-llm-inf-gw&action=import");
    assertTrue(r.getHeaders().get("Content-Type").startsWith("multipart/form-data; boundary="));
    String body = r.getBody().string(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(
        body.contains(
            "Content-Disposition: form-data; name=\"file\"; filename=\"apigee-llm-inf-gw.zip\""),
        body);
    byte[] zip = TokenQuotaPreset.bundle().toZip();
    assertTrue(r.getBody().indexOf(ByteString.of(zip)) > 0, "the part holds the bundle's zip");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      assertEquals("apiproxy/", in.getNextEntry().getName());
    }
    assertEquals(3, rev.revisionNumber());
    assertEquals(List.of("/v1/samples/apigee-llm-inf-gw"), rev.basepaths());
    assertEquals(REV, apigee.apiProxies().revisionName(rev));
  }

  @Test
  void importBundle_validateFirst_validatesThenImports() throws Exception {
    server.enqueue(ok(REVISION));
    server.enqueue(ok(REVISION));
    MockApigee.client(server, time).apiProxies().importBundle(TokenQuotaPreset.bundle(), true);
    expect(server, "POST", "/v1/organizations/my-org/apis?name=apigee-llm-inf-gw&action=validate");
    expect(server, "POST", "/v1/organizations/my-org/apis?name=apigee-llm-inf-gw&action=import");
  }

  @Test
  void importBundle_invalidBundle_failsWithViolationsAndImportsNothing() {
    server.enqueue(
        MockApigee.json(
            400,
            "{\"error\":{\"code\":400,\"message\":\"bundle contains errors\","
                + "\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"@type\":"
                + "\"type.googleapis.com/edge.configstore.bundle.BadBundle\",\"violations\":["
                + "{\"filename\":\"apiproxy/policies/Q-TokenQuota.xml\","
                + "\"description\":\"invalid TimeUnit\"}]}]}}"));
    ApigeeInvalidArgumentException e =
        assertThrows(
            ApigeeInvalidArgumentException.class,
            () ->
                MockApigee.client(server, time)
                    .apiProxies()
                    .importBundle(TokenQuotaPreset.bundle(), true));
    assertEquals("apiproxy/policies/Q-TokenQuota.xml", e.violations().get(0).subject());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void deploy_postsDeploymentsWithOverride() throws Exception {
    server.enqueue(ok(deployment("PROGRESSING", "")));
    Deployment d = MockApigee.client(server, time).deployments().deploy("eval", REV, true);
    RecordedRequest r = expect(server, "POST", DEPLOY_PATH + "?override=true");
    assertEquals(0, r.getBodySize());
    assertEquals(DeploymentState.PROGRESSING, d.state());
  }

  @Test
  void waitUntilReady_pollsUntilReady() throws Exception {
    server.enqueue(ok(deployment("PROGRESSING", "")));
    server.enqueue(ok(deployment("PROGRESSING", "")));
    server.enqueue(ok(deployment("READY", "")));
    Deployment d =
        MockApigee.client(server, time)
            .deployments()
            .waitUntilReady("eval", REV, Duration.ofMinutes(5));
    assertEquals(DeploymentState.READY, d.state());
    assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), time.sleeps());
    for (int i = 0; i < 3; i++) {
      expect(server, "GET", DEPLOY_PATH);
    }
  }

  @Test
  void deployAndWait_readyWithRouteConflicts_reportsThem() throws Exception {
    server.enqueue(ok(deployment("PROGRESSING", "")));
    server.enqueue(
        ok(
            deployment(
                "READY",
                ",\"routeConflicts\":[{\"description\":\"base path taken\",\"environmentGroup\":\"eg\","
                    + "\"conflictingDeployment\":{\"basepath\":\"/v1/samples/apigee-llm-inf-gw\","
                    + "\"apiProxy\":\"old\",\"environment\":\"prod\",\"revision\":\"1\"}}]")));
    Deployment d =
        MockApigee.client(server, time)
            .deployments()
            .deployAndWait("eval", REV, Duration.ofMinutes(1));
    expect(server, "POST", DEPLOY_PATH + "?override=true");
    assertEquals(1, d.routeConflicts().size());
    assertEquals("old", d.routeConflicts().get(0).conflictingApiProxy());
    assertEquals("eg", d.routeConflicts().get(0).environmentGroup());
    assertEquals("/v1/samples/apigee-llm-inf-gw", d.routeConflicts().get(0).conflictingBasepath());
  }

  @Test
  void deployAndWait_conflictsOnlyInDeployResponse_areKept() {
    server.enqueue(
        ok(
            deployment(
                "PROGRESSING",
                ",\"routeConflicts\":[{\"description\":\"taken\",\"environmentGroup\":\"eg\"}]")));
    server.enqueue(ok(deployment("READY", "")));
    Deployment d =
        MockApigee.client(server, time)
            .deployments()
            .deployAndWait("eval", REV, Duration.ofMinutes(1));
    assertEquals(DeploymentState.READY, d.state());
    assertEquals("taken", d.routeConflicts().get(0).description());
  }

  @Test
  void waitUntilReady_errorState_failsFastWithErrors() {
    server.enqueue(ok(deployment("PROGRESSING", "")));
    server.enqueue(
        ok(
            deployment(
                "ERROR",
                ",\"errors\":[{\"code\":9,\"message\":\"instance us-west1 failed to load bundle\"}]")));
    server.enqueue(ok(deployment("READY", "")));
    ApigeeDeploymentException e =
        assertThrows(
            ApigeeDeploymentException.class,
            () ->
                MockApigee.client(server, time)
                    .deployments()
                    .waitUntilReady("eval", REV, Duration.ofMinutes(5)));
    assertEquals(2, server.getRequestCount());
    assertEquals(9, e.errors().get(0).code());
    assertTrue(e.getMessage().contains("failed to load bundle"), e.getMessage());
  }

  @Test
  void waitUntilReady_neverReady_timesOutAtTheDeadline() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(ok(deployment("PROGRESSING", "")));
    }
    ApigeeTimeoutException e =
        assertThrows(
            ApigeeTimeoutException.class,
            () ->
                MockApigee.client(server, time)
                    .deployments()
                    .waitUntilReady("eval", REV, Duration.ofSeconds(12)));
    assertEquals(
        List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2)),
        time.sleeps());
    assertEquals(4, server.getRequestCount());
    assertEquals(DeploymentState.PROGRESSING, e.lastSeen().orElseThrow().state());
    assertTrue(e.getMessage().contains("not READY after PT12S"), e.getMessage());
  }

  @Test
  void getProxyAndListDeployments_readRevisionsAndStates() throws Exception {
    server.enqueue(
        ok(
            "{\"name\":\"apigee-llm-inf-gw\",\"revision\":[\"1\",\"2\",\"3\"],"
                + "\"latestRevisionId\":\"3\",\"labels\":{\"team\":\"ml\"}}"));
    server.enqueue(ok("{\"deployments\":[" + deployment("READY", "") + "]}"));
    server.enqueue(ok("{}"));
    ApigeeClient apigee = MockApigee.client(server, time);
    var proxy = apigee.apiProxies().get("apigee-llm-inf-gw");
    assertEquals(List.of("1", "2", "3"), proxy.revisions());
    assertEquals("3", proxy.latestRevisionId().orElseThrow());
    assertEquals("ml", proxy.labels().get("team"));
    List<Deployment> forProxy = apigee.deployments().listForProxy("apigee-llm-inf-gw");
    assertEquals(DeploymentState.READY, forProxy.get(0).state());
    assertEquals("eval", forProxy.get(0).environment());
    assertEquals(List.of(), apigee.deployments().listInEnvironment("eval"));
    expect(server, "GET", "/v1/organizations/my-org/apis/apigee-llm-inf-gw");
    expect(server, "GET", "/v1/organizations/my-org/apis/apigee-llm-inf-gw/deployments");
    expect(server, "GET", "/v1/organizations/my-org/environments/eval/deployments");
  }

  @Test
  void undeploy_absentDeployment_returnsFalse() throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "not deployed"));
    assertEquals(false, MockApigee.client(server, time).deployments().undeploy("eval", REV));
    expect(server, "DELETE", DEPLOY_PATH);
  }
}
