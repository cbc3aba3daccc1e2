package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Request paths taken apart as the API server routes them. */
class RequestPathTest {

  @Test
  void namespacedObjectWithSubresourceAndQuery() {
    RequestPath p =
        RequestPath.parse(
            "/apis/gateway.networking.k8s.io/v1/namespaces/ns/httproutes/r/status?fieldManager=a%2Fb&force=true");

    assertEquals("gateway.networking.k8s.io", p.group());
    assertEquals("v1", p.version());
    assertEquals("ns", p.namespace());
    assertEquals("httproutes", p.resource());
    assertEquals("r", p.name());
    assertEquals("status", p.subresource());
    assertEquals("a/b", p.param("fieldManager"));
    assertEquals("/apis/gateway.networking.k8s.io/v1/namespaces/ns/httproutes/r", p.objectPath());
  }

  @Test
  void namespacesThemselvesAndCoreCollections() {
    RequestPath ns = RequestPath.parse("/api/v1/namespaces/team");
    RequestPath nsStatus = RequestPath.parse("/api/v1/namespaces/team/status");
    RequestPath pods = RequestPath.parse("/api/v1/namespaces/team/pods?watch=1");

    assertEquals("namespaces", ns.resource());
    assertEquals("team", ns.name());
    assertNull(ns.namespace());
    assertEquals("status", nsStatus.subresource());
    assertEquals("team", pods.namespace());
    assertEquals("pods", pods.resource());
    assertTrue(pods.watch());
  }

  @Test
  void discoveryAndForeignPaths() {
    assertTrue(RequestPath.parse("/apis").discovery());
    assertTrue(RequestPath.parse("/apis/apps/v1").discovery());
    assertTrue(RequestPath.parse("/api").discovery());
    assertNull(RequestPath.parse("/healthz"));
    assertNull(RequestPath.parse("/api/v1/pods/a/b/c/d"));
    assertNull(RequestPath.parse("/api/v1//pods"));
  }
}
