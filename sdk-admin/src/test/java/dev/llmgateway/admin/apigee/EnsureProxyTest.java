package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.expect;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.Deployment;
import dev.llmgateway.admin.apigee.model.DeploymentState;
import dev.llmgateway.admin.apigee.model.ProxyRevision;
import dev.llmgateway.admin.apigee.names.RevisionName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class EnsureProxyTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  static final String APIS = "/v1/organizations/my-org/apis";
  static final String PROXY = "{\"name\":\"apigee-llm-inf-gw\",\"revision\":[\"1\",\"2\"]}";
  static final RevisionName REV =
      RevisionName.parse("organizations/my-org/apis/apigee-llm-inf-gw/revisions/2");
  static final String DEPLOYMENTS = APIS + "/apigee-llm-inf-gw/deployments";
  static final String REV_DEPLOYMENT =
      "/v1/organizations/my-org/environments/eval/apis/apigee-llm-inf-gw/revisions/2/deployments";

  static MockResponse zip(byte[] zip) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/octet-stream")
        .body(new Buffer().write(zip))
        .build();
  }

  /** Same meaning, different bytes: comments, other indentation, reverse order, no dirs. */
  static byte[] reformatted(Map<String, String> files) throws IOException {
    List<String> paths = new ArrayList<>(files.keySet());
    Collections.reverse(paths);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String path : paths) {
        String xml =
            files
                .get(path)
                .replace("\n  ", "\n\t\t")
                .replaceFirst("\\?>", "?>\n<!-- Copyright 2025 Google LLC -->");
        zip.putNextEntry(new ZipEntry(path));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static String deployment(String env, String rev, String state) {
    return "{\"environment\":\""
        + env
        + "\",\"apiProxy\":\"apigee-llm-inf-gw\",\"revision\":\""
        + rev
        + "\""
        + (state == null ? "" : ",\"state\":\"" + state + "\"")
        + "}";
  }

  @Test
  void ensureImported_absentProxy_validatesAndImports() throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "no proxy"));
    server.enqueue(ok("{\"name\":\"apigee-llm-inf-gw\",\"revision\":\"1\"}"));
    server.enqueue(ok("{\"name\":\"apigee-llm-inf-gw\",\"revision\":\"1\"}"));
    Ensured<ProxyRevision> r =
        MockApigee.client(server, time).apiProxies().ensureImported(TokenQuotaPreset.bundle());
    assertEquals(Ensured.Action.CREATED, r.action());
    expect(server, "GET", APIS + "/apigee-llm-inf-gw");
    expect(server, "POST", APIS + "?name=apigee-llm-inf-gw&action=validate");
    expect(server, "POST", APIS + "?name=apigee-llm-inf-gw&action=import");
  }

  @Test
  void ensureImported_latestRevisionHasTheSameXml_importsNothing() throws Exception {
    server.enqueue(ok(PROXY));
    server.enqueue(zip(reformatted(TokenQuotaPreset.bundle().files())));
    Ensured<ProxyRevision> r =
        MockApigee.client(server, time).apiProxies().ensureImported(TokenQuotaPreset.bundle());
    assertEquals(Ensured.Action.UNCHANGED, r.action());
    assertEquals("2", r.value().revision());
    assertEquals(List.of("/v1/samples/apigee-llm-inf-gw"), r.value().basepaths());
    expect(server, "GET", APIS + "/apigee-llm-inf-gw");
    expect(server, "GET", APIS + "/apigee-llm-inf-gw/revisions/2?format=bundle");
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void ensureImported_latestRevisionDiffers_importsANewRevision() throws Exception {
    server.enqueue(ok(PROXY));
    server.enqueue(zip(TokenQuotaPreset.bundle("apigee-llm-inf-gw", "/v1/old").toZip()));
    server.enqueue(ok("{\"name\":\"apigee-llm-inf-gw\",\"revision\":\"3\"}"));
    server.enqueue(ok("{\"name\":\"apigee-llm-inf-gw\",\"revision\":\"3\"}"));
    Ensured<ProxyRevision> r =
        MockApigee.client(server, time).apiProxies().ensureImported(TokenQuotaPreset.bundle());
    assertEquals(Ensured.Action.UPDATED, r.action());
    assertEquals(3, r.value().revisionNumber());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void ensureImported_bundleCannotBeDownloaded_importsANewRevision() throws Exception {
    server.enqueue(ok(PROXY));
    server.enqueue(error(400, "INVALID_ARGUMENT", "format not supported"));
    server.enqueue(ok("{\"name\":\"apigee-llm-inf-gw\",\"revision\":\"3\"}"));
    server.enqueue(ok("{\"name\":\"apigee-llm-inf-gw\",\"revision\":\"3\"}"));
    assertEquals(
        Ensured.Action.UPDATED,
        MockApigee.client(server, time)
            .apiProxies()
            .ensureImported(TokenQuotaPreset.bundle())
            .action());
  }

  @Test
  void ensureDeployed_revisionAlreadyReady_deploysNothing() throws Exception {
    server.enqueue(ok("{\"deployments\":[" + deployment("eval", "2", null) + "]}"));
    server.enqueue(ok(deployment("eval", "2", "READY")));
    Ensured<Deployment> d =
        MockApigee.client(server, time)
            .deployments()
            .ensureDeployed("eval", REV, Duration.ofMinutes(1));
    assertEquals(Ensured.Action.UNCHANGED, d.action());
    expect(server, "GET", DEPLOYMENTS);
    expect(server, "GET", REV_DEPLOYMENT);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void ensureDeployed_otherRevisionDeployed_deploysWithOverrideAndWaits() throws Exception {
    server.enqueue(ok("{\"deployments\":[" + deployment("eval", "1", "READY") + "]}"));
    server.enqueue(ok(deployment("eval", "2", "PROGRESSING")));
    server.enqueue(ok(deployment("eval", "2", "READY")));
    Ensured<Deployment> d =
        MockApigee.client(server, time)
            .deployments()
            .ensureDeployed("eval", REV, Duration.ofMinutes(1));
    assertEquals(Ensured.Action.CREATED, d.action());
    assertEquals(DeploymentState.READY, d.value().state());
    expect(server, "GET", DEPLOYMENTS);
    expect(server, "POST", REV_DEPLOYMENT + "?override=true");
    expect(server, "GET", REV_DEPLOYMENT);
  }

  @Test
  void differences_revisionWithOtherBasePath_namesTheProxyEndpointOnly() throws Exception {
    server.enqueue(zip(TokenQuotaPreset.bundle("apigee-llm-inf-gw", "/v1/old").toZip()));
    server.enqueue(zip(reformatted(TokenQuotaPreset.bundle().files())));
    server.enqueue(error(404, "NOT_FOUND", "no revision"));
    ApiProxies proxies = MockApigee.client(server, time).apiProxies();

    assertEquals(
        List.of("apiproxy/proxies/default.xml"),
        proxies.differences(REV, TokenQuotaPreset.bundle()));
    assertEquals(List.of(), proxies.differences(REV, TokenQuotaPreset.bundle()));
    assertEquals(
        List.of("apiproxy/ (revision 2 cannot be downloaded)"),
        proxies.differences(REV, TokenQuotaPreset.bundle()));
    for (int i = 0; i < 3; i++) {
      expect(server, "GET", APIS + "/apigee-llm-inf-gw/revisions/2?format=bundle");
    }
  }
}
