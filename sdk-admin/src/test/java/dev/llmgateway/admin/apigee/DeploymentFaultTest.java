package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static dev.llmgateway.admin.apigee.ProxiesAndDeploymentsTest.REV;
import static dev.llmgateway.admin.apigee.ProxiesAndDeploymentsTest.deployment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.bundle.ApiProxyBundle;
import dev.llmgateway.admin.apigee.bundle.Policy;
import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import java.time.Duration;
import java.util.Random;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 item 13: a deployment that vanishes while it is awaited says so, and a bundle over
 * Apigee's size limit fails before it is uploaded.
 */
class DeploymentFaultTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  @Test
  void waitUntilReady_404WhilePolling_saysItHappenedWhileWaitingForReady() {
    server.enqueue(ok(deployment("PROGRESSING", "")));
    server.enqueue(error(404, "NOT_FOUND", "deployment not found"));
    ApigeeNotFoundException e =
        assertThrows(
            ApigeeNotFoundException.class,
            () ->
                MockApigee.client(server, time)
                    .deployments()
                    .waitUntilReady("eval", REV, Duration.ofMinutes(5)));
    assertTrue(e.getMessage().contains("while waiting for READY"), e.getMessage());
    assertTrue(e.getMessage().contains("revision 3 of apigee-llm-inf-gw"), e.getMessage());
    assertTrue(e.getMessage().contains("environment eval"), e.getMessage());
    assertEquals(404, e.statusCode());
    assertEquals("NOT_FOUND", e.status());
  }

  @Test
  void importBundle_largerThanApigeeAccepts_failsBeforeUploading() {
    ApiProxyBundle big = TokenQuotaPreset.bundle().toBuilder().addPolicy(incompressible()).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MockApigee.client(server, time).apiProxies().importBundle(big));
    assertTrue(e.getMessage().startsWith("bundle apigee-llm-inf-gw is "), e.getMessage());
    assertTrue(e.getMessage().contains("15 MiB"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  /** A policy whose XML does not compress below Apigee's 15 MiB bundle limit. */
  private static Policy incompressible() {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder(20_000_000);
    for (int i = 0; i < 20_000_000; i++) {
      text.append((char) ('!' + random.nextInt(94)));
    }
    String xml = "<?xml version=\"1.0\"?><Blob><![CDATA[" + text + "]]></Blob>";
    return new Policy() {
      @Override
      public String name() {
        return "Blob";
      }

      @Override
      public String toXml() {
        return xml;
      }
    };
  }
}
