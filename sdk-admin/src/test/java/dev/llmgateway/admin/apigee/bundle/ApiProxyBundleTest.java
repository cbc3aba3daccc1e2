package dev.llmgateway.admin.apigee.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ApiProxyBundleTest {

  static String fails(Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  static QuotaPolicy.Builder quota() {
    return QuotaPolicy.builder().name("Q").allowCount(10L).interval(1L).timeUnit("minute");
  }

  static ProxyEndpoint endpoint(Step step) {
    return ProxyEndpoint.builder()
        .basePath("/v1/x")
        .preFlow(Flow.builder().name("PreFlow").addRequestStep(step).build())
        .build();
  }

  @Test
  void proxyWithTargetSpikeArrestAssignMessageAndRaiseFault_rendersEveryFile() {
    ApiProxyBundle bundle =
        ApiProxyBundle.builder()
            .name("llm-proxy")
            .addPolicy(
                SpikeArrestPolicy.builder()
                    .name("SA")
                    .rate("30ps")
                    .identifierRef("client_id")
                    .useEffectiveCount(true)
                    .build())
            .addPolicy(
                AssignMessagePolicy.builder()
                    .name("AM")
                    .addRemoveHeader("x-api-key")
                    .putSetHeader("x-gateway-inference-objective", "standard")
                    .assignTo("request")
                    .build())
            .addPolicy(
                RaiseFaultPolicy.builder()
                    .name("RF")
                    .statusCode(403)
                    .reasonPhrase("Forbidden")
                    .payload("{\"error\":\"no\"}")
                    .build())
            .addProxyEndpoint(
                ProxyEndpoint.builder()
                    .basePath("/v1")
                    .preFlow(
                        Flow.builder()
                            .name("PreFlow")
                            .addRequestStep(Step.of("SA"))
                            .addRequestStep(Step.of("AM"))
                            .build())
                    .addFlow(
                        Flow.builder()
                            .name("blocked")
                            .condition("request.verb = \"DELETE\"")
                            .addRequestStep(Step.of("RF"))
                            .build())
                    .addRouteRule(RouteRule.toTarget("default", "vllm"))
                    .build())
            .addTargetEndpoint(
                TargetEndpoint.builder().name("vllm").url("http://vllm.default.svc:8000").build())
            .build();
    Map<String, String> files = bundle.files();
    assertEquals(
        "[apiproxy/llm-proxy.xml, apiproxy/proxies/default.xml, apiproxy/targets/vllm.xml,"
            + " apiproxy/policies/SA.xml, apiproxy/policies/AM.xml, apiproxy/policies/RF.xml]",
        files.keySet().toString());
    String spike = XmlTree.canonical(files.get("apiproxy/policies/SA.xml"));
    assertTrue(spike.contains("  Rate = 30ps\n"), spike);
    assertTrue(spike.contains("  Identifier {ref=client_id}\n"), spike);
    String assign = XmlTree.canonical(files.get("apiproxy/policies/AM.xml"));
    assertTrue(assign.contains("  Remove\n    Headers\n      Header {name=x-api-key}\n"), assign);
    assertTrue(
        assign.contains("      Header {name=x-gateway-inference-objective} = standard\n"), assign);
    assertTrue(
        assign.contains("  AssignTo {createNew=false, transport=http, type=request}"), assign);
    String fault = XmlTree.canonical(files.get("apiproxy/policies/RF.xml"));
    assertTrue(
        fault.contains(
            "  FaultResponse\n    Set\n      Payload {contentType=application/json} = {\"error\":\"no\"}\n"
                + "      StatusCode = 403\n      ReasonPhrase = Forbidden\n"),
        fault);
    String proxy = XmlTree.canonical(files.get("apiproxy/proxies/default.xml"));
    assertTrue(proxy.contains("    Flow {name=blocked}\n"), proxy);
    assertTrue(proxy.contains("      Condition = request.verb = \"DELETE\"\n"), proxy);
    assertTrue(proxy.contains("  RouteRule {name=default}\n    TargetEndpoint = vllm\n"), proxy);
    String target = XmlTree.canonical(files.get("apiproxy/targets/vllm.xml"));
    assertTrue(target.contains("    URL = http://vllm.default.svc:8000\n"), target);
  }

  @Test
  void quotaTypesAndValues_renderTypeAttributeAndElements() {
    String calendar =
        XmlTree.canonical(
            quota().type(QuotaType.CALENDAR).startTime("2026-01-01 00:00:00").build().toXml());
    assertTrue(
        calendar.startsWith(
            "Quota {continueOnError=false, enabled=true, name=Q," + " type=calendar}"),
        calendar);
    assertTrue(
        calendar.contains(
            "  Allow {count=10}\n  Interval = 1\n  TimeUnit = minute\n"
                + "  StartTime = 2026-01-01 00:00:00\n"),
        calendar);
    String def = XmlTree.canonical(quota().build().toXml());
    assertTrue(def.startsWith("Quota {continueOnError=false, enabled=true, name=Q}\n"), def);
    assertTrue(
        XmlTree.canonical(quota().type(QuotaType.ROLLINGWINDOW).build().toXml())
            .contains("type=rollingwindow"));
  }

  @Test
  void quotaRules_failNamingTheFields() {
    assertEquals(
        "countOnly and enforceOnly must not both be true",
        fails(() -> quota().countOnly(true).enforceOnly(true).sharedName("s").build()));
    assertEquals(
        "sharedName must be set when countOnly or enforceOnly is",
        fails(() -> quota().enforceOnly(true).build()));
    assertEquals(
        "startTime must be set for type calendar",
        fails(() -> quota().type(QuotaType.CALENDAR).build()));
    assertEquals(
        "timeUnit must be one of minute, hour, day, week, month but was 'second'",
        fails(() -> quota().timeUnit("second").build()));
    assertEquals(
        "allowCount or allowCountRef must be set",
        fails(() -> QuotaPolicy.builder().name("Q").interval(1L).timeUnit("hour").build()));
    assertEquals("allowCount must be > 0 but was 0", fails(() -> quota().allowCount(0L).build()));
  }

  @Test
  void otherPolicyRules_failNamingTheFields() {
    assertEquals(
        "rate must be a positive number followed by ps or pm but was '10/s'",
        fails(() -> SpikeArrestPolicy.builder().name("S").rate("10/s").build()));
    assertEquals(
        "rate or rateRef must be set", fails(() -> SpikeArrestPolicy.builder().name("S").build()));
    assertEquals(
        "jsonVariables must not be empty",
        fails(() -> ExtractVariablesPolicy.builder().name("E").build()));
    assertEquals(
        "jsonVariables path of 'x' is not a valid JSONPath: it must start with '$' in 'usage.x'",
        fails(
            () ->
                ExtractVariablesPolicy.builder()
                    .name("E")
                    .putJsonVariable("x", "usage.x")
                    .build()));
    assertEquals(
        "statusCode must be in 100..599 but was 99",
        fails(() -> RaiseFaultPolicy.builder().name("R").statusCode(99).build()));
    assertEquals(
        "policy name may only contain A-Za-z0-9._- but was 'a b'",
        fails(() -> VerifyApiKeyPolicy.builder().name("a b").build()));
    assertEquals(
        "basePath must start with '/' and contain no whitespace but was 'v1'",
        fails(() -> ProxyEndpoint.builder().basePath("v1").build()));
    assertEquals(
        "url must be an http or https URL but was 'vllm:8000'",
        fails(() -> TargetEndpoint.builder().url("vllm:8000").build()));
  }

  @Test
  void bundleReferences_mustResolve() {
    VerifyApiKeyPolicy va = VerifyApiKeyPolicy.builder().name("VA").build();
    assertEquals(
        "proxyEndpoint 'default' has a step for unknown policy 'Missing'",
        fails(
            () ->
                ApiProxyBundle.builder()
                    .name("p")
                    .addPolicy(va)
                    .addProxyEndpoint(endpoint(Step.of("Missing")))
                    .build()));
    assertEquals(
        "policies has two policies named 'VA'",
        fails(
            () ->
                ApiProxyBundle.builder()
                    .name("p")
                    .addPolicy(va)
                    .addPolicy(va)
                    .addProxyEndpoint(endpoint(Step.of("VA")))
                    .build()));
    assertEquals(
        "proxyEndpoint 'default' routeRule 'r' targets unknown targetEndpoint 'none'",
        fails(
            () ->
                ApiProxyBundle.builder()
                    .name("p")
                    .addProxyEndpoint(
                        ProxyEndpoint.builder()
                            .basePath("/x")
                            .addRouteRule(RouteRule.toTarget("r", "none"))
                            .build())
                    .build()));
    assertEquals(
        "proxyEndpoints must not be empty",
        fails(() -> ApiProxyBundle.builder().name("p").build()));
    assertEquals(
        "apiProxy may only contain A-Za-z0-9._- but was 'my proxy'",
        fails(
            () ->
                ApiProxyBundle.builder()
                    .name("my proxy")
                    .addProxyEndpoint(ProxyEndpoint.builder().basePath("/x").build())
                    .build()));
  }
}
