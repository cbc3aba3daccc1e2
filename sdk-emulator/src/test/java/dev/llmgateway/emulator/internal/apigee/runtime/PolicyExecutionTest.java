package dev.llmgateway.emulator.internal.apigee.runtime;

import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.BACKEND;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.assertFault;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.await;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.ApigeeHarness;
import dev.llmgateway.emulator.internal.apigee.Zips;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SpikeArrest, AssignMessage, RaiseFault, ExtractVariables, conditions and flags in a proxy. */
class PolicyExecutionTest {

  final ApigeeHarness apigee = new ApigeeHarness();

  @BeforeEach
  void backend() {
    apigee.applyBackend();
    apigee.clock.set(Instant.parse("2026-03-02T10:00:30Z"));
  }

  @AfterEach
  void close() {
    apigee.close();
  }

  void deploy(String[] request, String[] response, Map<String, String> policies) {
    String state =
        apigee
            .deploy(BACKEND, Zips.bundle(Zips.endpoint("/", request, response), policies))
            .path("state")
            .asString();
    assertEquals("READY", state);
  }

  Exchange call(String method, String path, String... headers) {
    Exchange ex = exchange(method, path, null);
    for (int i = 0; i < headers.length; i += 2) {
      ex.requestHeaders().add(headers[i], headers[i + 1]);
    }
    return ex;
  }

  static String spikeFault(String rate, String period, String burst) {
    return "Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod="
        + rate
        + ", periodInMicroseconds="
        + period
        + ", maxBurstMessageCount="
        + burst
        + "}";
  }

  @Test
  void spikeArrest30pm_allowsOneCallPerTwoSecondWindow() {
    deploy(
        new String[] {"SA"},
        new String[0],
        Map.of("SA", "<SpikeArrest name=\"SA\"><Rate>30pm</Rate></SpikeArrest>"));
    assertNull(apigee.chat(null));
    apigee.clock.advance(Duration.ofMillis(1999));
    assertFault(
        apigee.chat(null),
        429,
        "policies.ratelimit.SpikeArrestViolation",
        spikeFault("30", "60000000", "1.0"));
    apigee.clock.advance(Duration.ofMillis(1));
    assertNull(apigee.chat(null));
    assertFault(
        apigee.chat(null),
        429,
        "policies.ratelimit.SpikeArrestViolation",
        spikeFault("30", "60000000", "1.0"));
  }

  @Test
  void spikeArrest_countsPerIdentifier_andWithEffectiveCountAllowsTheRatePerPeriod() {
    deploy(
        new String[] {"SA"},
        new String[0],
        Map.of(
            "SA",
            "<SpikeArrest name=\"SA\"><Identifier ref=\"request.header.x-user\"/><Rate>3ps</Rate><UseEffectiveCount>true</UseEffectiveCount></SpikeArrest>"));
    for (int i = 0; i < 3; i++) {
      assertNull(apigee.request(call("POST", "/v1/chat/completions", "x-user", "a")));
    }
    assertFault(
        apigee.request(call("POST", "/v1/chat/completions", "x-user", "a")),
        429,
        "policies.ratelimit.SpikeArrestViolation",
        spikeFault("3", "1000000", "3.0"));
    assertNull(apigee.request(call("POST", "/v1/chat/completions", "x-user", "b")));
    apigee.clock.advance(Duration.ofSeconds(1));
    assertNull(apigee.request(call("POST", "/v1/chat/completions", "x-user", "a")));
  }

  @Test
  void assignMessage_onTheRequest_setsAddsAndRemovesHeaders_fromTemplates() {
    deploy(
        new String[] {"AM"},
        new String[0],
        Map.of(
            "AM",
            "<AssignMessage name=\"AM\"><Remove><Headers><Header name=\"x-secret\"/></Headers></Remove>"
                + "<Add><Headers><Header name=\"x-added\">yes</Header></Headers></Add>"
                + "<Set><Headers><Header name=\"x-route\">{request.verb} {proxy.pathsuffix}</Header></Headers></Set>"
                + "<AssignVariable><Name>flag</Name><Value>on</Value></AssignVariable></AssignMessage>"));
    Exchange ex = call("POST", "/v1/chat/completions", "x-secret", "s", "x-route", "old");
    assertNull(apigee.request(ex));
    assertNull(ex.requestHeaders().get("x-secret"));
    assertEquals("yes", ex.requestHeaders().get("x-added"));
    assertEquals("POST /v1/chat/completions", ex.requestHeaders().get("x-route"));
    assertEquals("on", ex.variables().get("flag"));
  }

  @Test
  void assignMessage_onTheResponse_rewritesStatusAndPayload_orOnlyHeaders() {
    deploy(
        new String[0],
        new String[] {"AM-Head", "AM-Body|request.header.x-rewrite = \"yes\""},
        Map.of(
            "AM-Head",
            "<AssignMessage name=\"AM-Head\"><Set><Headers><Header name=\"x-proxy\">{apiproxy.name}</Header></Headers></Set></AssignMessage>",
            "AM-Body",
            "<AssignMessage name=\"AM-Body\"><Set><Payload contentType=\"application/json\">{\"was\":\"{response.status.code}\"}</Payload><StatusCode>203</StatusCode></Set></AssignMessage>"));
    Exchange plain = call("POST", "/v1/chat/completions");
    assertNull(apigee.request(plain));
    MultiMap headers = MultiMap.caseInsensitiveMultiMap();
    assertNull(
        await(apigee.emulator.governance().onResponse(plain, 200, headers, Buffer.buffer("{}"))));
    assertEquals(BACKEND, headers.get("x-proxy"));

    Exchange rewrite = call("POST", "/v1/chat/completions", "x-rewrite", "yes");
    assertNull(apigee.request(rewrite));
    Fault f =
        await(
            apigee
                .emulator
                .governance()
                .onResponse(rewrite, 200, MultiMap.caseInsensitiveMultiMap(), Buffer.buffer("{}")));
    assertEquals(203, f.status());
    assertEquals("application/json", f.headers().get("Content-Type"));
    assertEquals(BACKEND, f.headers().get("x-proxy"));
    assertEquals("{\"was\":\"200\"}", new String(f.body(), StandardCharsets.UTF_8));
  }

  @Test
  void raiseFault_underACondition_answersItsStatusHeadersAndPayload() {
    deploy(
        new String[] {"RF-Block|request.header.x-block = \"yes\" and not (request.verb = \"GET\")"},
        new String[0],
        Map.of(
            "RF-Block",
            "<RaiseFault name=\"RF-Block\"><FaultResponse><Set><Headers><Header name=\"x-reason\">blocked</Header></Headers>"
                + "<Payload contentType=\"application/json\">{\"error\":\"no {request.header.x-user}\"}</Payload>"
                + "<StatusCode>403</StatusCode><ReasonPhrase>Forbidden</ReasonPhrase></Set></FaultResponse></RaiseFault>"));
    assertNull(apigee.request(call("POST", "/v1/chat/completions", "x-block", "no")));
    assertNull(apigee.request(call("GET", "/v1/models", "x-block", "yes")));
    Exchange ex = call("POST", "/v1/chat/completions", "x-block", "yes", "x-user", "ann");
    Fault f = apigee.request(ex);
    assertEquals(403, f.status());
    assertEquals(Map.of("Content-Type", "application/json", "x-reason", "blocked"), f.headers());
    assertEquals("{\"error\":\"no ann\"}", new String(f.body(), StandardCharsets.UTF_8));
    assertEquals("Forbidden", ex.variables().get("response.reason.phrase"));
  }

  @Test
  void raiseFault_withoutPayload_sendsApigeesDefaultFaultBody() {
    deploy(
        new String[] {"RF-Plain"},
        new String[0],
        Map.of("RF-Plain", "<RaiseFault name=\"RF-Plain\"/>"));
    assertFault(
        apigee.chat(null),
        500,
        "steps.raisefault.RaiseFault",
        "Raising fault. Fault name : RF-Plain");
  }

  @Test
  void conditionalFlow_runsOnlyForItsPathAndVerb() {
    String endpoint =
        "<ProxyEndpoint name=\"default\"><PreFlow/><Flows><Flow name=\"models\">"
            + "<Condition>(proxy.pathsuffix MatchesPath \"/v1/*\") and (request.verb = \"GET\")</Condition>"
            + "<Request><Step><Name>RF</Name></Step></Request></Flow></Flows>"
            + "<HTTPProxyConnection><BasePath>/</BasePath></HTTPProxyConnection></ProxyEndpoint>";
    assertEquals(
        "READY",
        apigee
            .deploy(BACKEND, Zips.bundle(endpoint, Map.of("RF", "<RaiseFault name=\"RF\"/>")))
            .path("state")
            .asString());
    assertEquals(500, apigee.request(call("GET", "/v1/models")).status());
    assertNull(apigee.request(call("POST", "/v1/models")));
    assertNull(apigee.request(call("GET", "/v1/chat/completions")));
  }

  @Test
  void continueOnError_andDisabledPolicies_letTheFlowGoOn() {
    deploy(
        new String[] {"VA", "RF"},
        new String[0],
        Map.of(
            "VA",
                "<VerifyAPIKey name=\"VA\" continueOnError=\"true\"><APIKey ref=\"request.header.x-api-key\"/></VerifyAPIKey>",
            "RF", "<RaiseFault name=\"RF\" enabled=\"false\"/>"));
    Exchange ex = call("POST", "/v1/chat/completions", "x-api-key", "wrong");
    assertNull(apigee.request(ex));
    assertEquals("true", ex.variables().get("verifyapikey.VA.failed"));
  }

  @Test
  void extractVariables_fromTheRequestJson_withAPrefix_feedATemplate() {
    deploy(
        new String[] {"EV", "AM"},
        new String[0],
        Map.of(
            "EV",
                "<ExtractVariables name=\"EV\"><Source>request</Source><VariablePrefix>req</VariablePrefix><JSONPayload><Variable name=\"model\"><JSONPath>$.model</JSONPath></Variable></JSONPayload></ExtractVariables>",
            "AM",
                "<AssignMessage name=\"AM\"><Set><Headers><Header name=\"x-model\">{req.model}</Header></Headers></Set></AssignMessage>"));
    Exchange ex = call("POST", "/v1/chat/completions");
    assertNull(apigee.request(ex));
    assertEquals("m", ex.variables().get("req.model"));
    assertEquals("m", ex.requestHeaders().get("x-model"));
  }

  @Test
  void quotaDefaultType_perIdentifier_rollsOverAtTheUtcMinute() {
    deploy(
        new String[] {"Q"},
        new String[0],
        Map.of(
            "Q",
            "<Quota name=\"Q\"><Identifier ref=\"request.header.x-user\"/><Allow count=\"2\"/><Interval>1</Interval><TimeUnit>minute</TimeUnit></Quota>"));
    for (int i = 0; i < 2; i++) {
      assertNull(apigee.request(call("POST", "/v1/chat/completions", "x-user", "ann")));
    }
    assertFault(
        apigee.request(call("POST", "/v1/chat/completions", "x-user", "ann")),
        429,
        "policies.ratelimit.QuotaViolation",
        "Rate limit quota violation. Quota limit  exceeded. Identifier : ann");
    assertNull(apigee.request(call("POST", "/v1/chat/completions", "x-user", "bob")));
    apigee.clock.set(Instant.parse("2026-03-02T10:01:00Z"));
    assertNull(apigee.request(call("POST", "/v1/chat/completions", "x-user", "ann")));
  }

  @Test
  void quotaCalendarType_countsWindowsFromItsStartTime_notFromTheMinute() {
    deploy(
        new String[] {"Q"},
        new String[0],
        Map.of(
            "Q",
            "<Quota name=\"Q\" type=\"calendar\"><Allow count=\"1\"/><Interval>1</Interval>"
                + "<TimeUnit>minute</TimeUnit><StartTime>2026-03-02 10:00:15</StartTime></Quota>"));
    assertNull(apigee.chat(null));
    apigee.clock.set(Instant.parse("2026-03-02T10:01:00Z"));
    assertEquals(429, apigee.chat(null).status());
    apigee.clock.set(Instant.parse("2026-03-02T10:01:15Z"));
    assertNull(apigee.chat(null));
  }

  @Test
  void messageWeightThatIsNotAnInteger_isApigeesInvalidMessageWeightFault() {
    deploy(
        new String[] {"Q"},
        new String[0],
        Map.of(
            "Q",
            "<Quota name=\"Q\"><Allow count=\"9\"/><Interval>1</Interval><TimeUnit>hour</TimeUnit>"
                + "<MessageWeight ref=\"request.header.x-weight\"/></Quota>"));
    assertFault(
        apigee.request(call("POST", "/v1/chat/completions", "x-weight", "1.5")),
        500,
        "policies.ratelimit.InvalidMessageWeight",
        "Invalid message weight value 1.5");
    assertNull(apigee.request(call("POST", "/v1/chat/completions", "x-weight", "9")));
    assertEquals(
        429, apigee.request(call("POST", "/v1/chat/completions", "x-weight", "1")).status());
  }

  @Test
  void quotaWithAnUnresolvedIntervalReference_failsWithApigeesMessage() {
    deploy(
        new String[] {"Q"},
        new String[0],
        Map.of(
            "Q",
            "<Quota name=\"Q\"><Allow count=\"2\"/><Interval ref=\"nothing.here\"/><TimeUnit>minute</TimeUnit></Quota>"));
    assertFault(
        apigee.chat(null),
        500,
        "policies.ratelimit.FailedToResolveQuotaIntervalReference",
        "Failed to resolve quota interval reference nothing.here in quota policy {1}");
  }
}
