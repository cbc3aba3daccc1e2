package dev.llmgateway.emulator.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRefBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatchBuilder;
import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Translation of HTTPRoutes, InferencePools and InferenceObjectives into a routing table. */
class RouteTranslatorTest {
  private final RouteTranslator translator =
      new RouteTranslator(Saturation.DEFAULTS, new Random(3));
  private final FakeEndpoint a1 = new FakeEndpoint("a-0", "ns", Map.of("app", "a"), Set.of("ma"));
  private final FakeEndpoint a2 = new FakeEndpoint("a-1", "ns", Map.of("app", "a"), Set.of("ma"));
  private final FakeEndpoint b1 =
      new FakeEndpoint("b-0", "ns", Map.of("app", "b"), Set.of("mb", "lora-b"));
  private final FakeEndpoint elsewhere =
      new FakeEndpoint("a-x", "other", Map.of("app", "a"), Set.of("ma"));

  private static InferencePool pool(String name) {
    return InferencePool.builder()
        .name(name)
        .namespace("ns")
        .targetPort(8000)
        .putSelectorLabel("app", name)
        .endpointPicker(name + "-epp", 9002)
        .build();
  }

  private static HTTPBackendRef ref(String kind, String name) {
    return new HTTPBackendRefBuilder()
        .withGroup(InferencePool.GROUP)
        .withKind(kind)
        .withName(name)
        .build();
  }

  private static HTTPRouteMatch path(String type, String value) {
    return new HTTPRouteMatchBuilder()
        .withNewPath()
        .withType(type)
        .withValue(value)
        .endPath()
        .build();
  }

  private static HTTPRoute route(String name, HTTPRouteMatch match, HTTPBackendRef... refs) {
    return new HTTPRouteBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace("ns")
        .endMetadata()
        .withNewSpec()
        .addNewRule()
        .withMatches(match)
        .withBackendRefs(refs)
        .endRule()
        .endSpec()
        .build();
  }

  private RoutingTable translate(List<HTTPRoute> routes, List<InferenceObjective> objectives) {
    return translator.translate(
        routes,
        List.of(pool("a"), pool("b")),
        objectives,
        List.of(a1, a2, b1, elsewhere),
        RoutingTable.empty());
  }

  private static String target(RoutingTable t, String method, String path, MultiMap headers) {
    RouteRule rule = t.match(method, path, headers, MultiMap.caseInsensitiveMultiMap());
    return rule == null ? "none" : rule.backends().get(0).ref();
  }

  @Test
  void pools_selectEndpointsByLabelsInTheirNamespace() {
    RoutingTable t = translate(List.of(), List.of());

    assertEquals(List.of(a1, a2), t.pools().get("ns/a").endpoints());
    assertEquals(List.of(b1), t.pools().get("ns/b").endpoints());
  }

  @Test
  void objectives_givePrioritiesToTheirPoolOnly() {
    RoutingTable t =
        translate(
            List.of(),
            List.of(
                InferenceObjective.builder()
                    .name("batch")
                    .namespace("ns")
                    .poolName("a")
                    .priority(-1)
                    .build(),
                InferenceObjective.builder().name("plain").namespace("ns").poolName("a").build(),
                InferenceObjective.builder()
                    .name("vip")
                    .namespace("ns")
                    .poolName("b")
                    .priority(5)
                    .build()));

    PoolTarget a = t.pools().get("ns/a");
    assertEquals(-1, a.priority("batch"));
    assertEquals(0, a.priority("plain"));
    assertEquals(0, a.priority("vip"));
    assertEquals(0, a.priority(null));
    assertEquals(5, t.pools().get("ns/b").priority("vip"));
  }

  @Test
  void match_followsGatewayApiPrecedence() {
    HTTPRouteMatch byHeader =
        new HTTPRouteMatchBuilder()
            .withNewPath()
            .withType("PathPrefix")
            .withValue("/")
            .endPath()
            .addNewHeader()
            .withName("X-Gateway-Model-Name")
            .withValue("mb")
            .endHeader()
            .build();
    RoutingTable t =
        translate(
            List.of(
                route("catch-all", path("PathPrefix", "/"), ref("InferencePool", "a")),
                route("exact", path("Exact", "/v1/completions"), ref("InferencePool", "b")),
                route("chat", path("PathPrefix", "/v1/chat/"), ref("InferencePool", "b")),
                route("header", byHeader, ref("InferencePool", "b"))),
            List.of());
    MultiMap none = MultiMap.caseInsensitiveMultiMap();

    assertEquals("ns/b", target(t, "POST", "/v1/completions", none));
    assertEquals("ns/a", target(t, "POST", "/v1/completions/x", none));
    assertEquals("ns/b", target(t, "POST", "/v1/chat/completions", none));
    assertEquals("ns/a", target(t, "POST", "/v1/chatter", none));
    assertEquals("ns/a", target(t, "GET", "/v1/models", none));
    assertEquals(
        "ns/b",
        target(
            t,
            "GET",
            "/v1/models",
            MultiMap.caseInsensitiveMultiMap().add("x-gateway-model-name", "mb")));
  }

  @Test
  void match_noRoute_returnsNull() {
    RoutingTable t =
        translate(
            List.of(route("only", path("Exact", "/v1/models"), ref("InferencePool", "a"))),
            List.of());

    assertEquals("none", target(t, "GET", "/v2", MultiMap.caseInsensitiveMultiMap()));
  }

  @Test
  void choose_prefersThePoolServingTheModelElseAnyValidPool() {
    RoutingTable t =
        translate(
            List.of(
                route(
                    "both",
                    path("PathPrefix", "/"),
                    ref("InferencePool", "a"),
                    ref("InferencePool", "b"))),
            List.of());
    RouteRule rule =
        t.match(
            "POST",
            "/v1/chat/completions",
            MultiMap.caseInsensitiveMultiMap(),
            MultiMap.caseInsensitiveMultiMap());

    for (int i = 0; i < 20; i++) {
      assertEquals("b", rule.choose("lora-b", new Random(i)).name());
      assertEquals("a", rule.choose("ma", new Random(i)).name());
      assertTrue(Set.of("a", "b").contains(rule.choose("unknown", new Random(i)).name()));
    }
  }

  @Test
  void choose_backendThatIsNotAnExistingPool_isInvalid() {
    RoutingTable t =
        translate(
            List.of(
                route(
                    "bad",
                    path("PathPrefix", "/"),
                    ref("Service", "a"),
                    ref("InferencePool", "missing"))),
            List.of());
    RouteRule rule =
        t.match("GET", "/", MultiMap.caseInsensitiveMultiMap(), MultiMap.caseInsensitiveMultiMap());

    assertNull(rule.choose("ma", new Random(0)));
  }

  @Test
  void translate_again_keepsEachPoolsEndpointPicker() {
    RoutingTable first = translate(List.of(), List.of());
    RoutingTable second =
        translator.translate(List.of(), List.of(pool("a")), List.of(), List.of(a1), first);

    assertSame(first.pools().get("ns/a").picker(), second.pools().get("ns/a").picker());
  }
}
