package dev.llmgateway.emulator.internal.apigee.bundle;

import static dev.llmgateway.emulator.internal.apigee.bundle.BundleParserTest.parse;
import static dev.llmgateway.emulator.internal.apigee.bundle.BundleParserTest.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.bundle.AiGatewayPreset;
import dev.llmgateway.admin.apigee.bundle.SemanticCacheSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AI policies and target endpoints as the emulator reads them: executable, with notices. */
class AiBundleParsingTest {

  static AiGatewayPreset.Builder everything() {
    return AiGatewayPreset.builder()
        .promptTokenRate("2000pm")
        .llmTokenQuota(true)
        .modelArmorTemplate("projects/p/locations/l/templates/t")
        .semanticCache(
            SemanticCacheSettings.builder()
                .embeddingsUrl("https://e/m:predict")
                .findNeighborsUrl("https://s/e:findNeighbors")
                .deployedIndexId("i")
                .upsertDatapointsUrl("https://s/i:upsertDatapoints")
                .build())
        .logName("projects/p/logs/llm");
  }

  @Test
  void compositionWithTarget_isExecutable_andSaysWhatTheEmulatorDoesDifferently() throws Exception {
    ParsedBundle b =
        BundleParser.parse("p", 1, everything().targetUrl("http://gw/v1").build().bundle().toZip());
    assertEquals(List.of(), b.problems());
    assertNotNull(b.plan());
    TargetPlan target = b.plan().targets().get("default");
    assertEquals("http://gw/v1", target.url());
    assertEquals(List.of("LTQ-TokenCountStream"), names(target.eventFlow()));
    assertEquals(List.of("ML-LogCall"), names(b.plan().endpoints().get(0).postClientFlow()));
    String notices = String.join("\n", b.notices());
    for (String expected :
        List.of(
            "TargetEndpoint 'default' is not called",
            "PromptTokenLimit 'PTL-PromptTokens' counts prompt tokens with the emulator's tokenizer",
            "SemanticCacheLookup 'SCL-CacheLookup' runs as an exact-match cache",
            "SanitizeModelResponse 'SMR-SanitizeResponse' passes every answer unscreened",
            "MessageLogging 'ML-LogCall' writes to the emulator's log")) {
      assertTrue(notices.contains(expected), expected + " in\n" + notices);
    }
    LlmTokenQuotaDef enforce = (LlmTokenQuotaDef) b.plan().policies().get("LTQ-TokenEnforce");
    assertTrue(enforce.quota().enforceOnly());
    assertEquals("calendar", enforce.quota().type());
  }

  @Test
  void compositionWithoutTarget_isExecutableWithoutTargetNotice() throws Exception {
    ParsedBundle b = BundleParser.parse("p", 1, everything().build().bundle().toZip());
    assertEquals(List.of(), b.problems());
    assertTrue(b.notices().stream().noneMatch(n -> n.contains("TargetEndpoint")));
  }

  @Test
  void llmTokenQuotaTheEmulatorCannotRunLikeApigee_isAProblem() throws Exception {
    String limit = "<Allow count=\"10\"/><Interval>1</Interval><TimeUnit>minute</TimeUnit>";
    assertEquals(
        List.of(
            "policy 'L': an LLMTokenQuota without type: Apigee's default type is not documented;"
                + " set calendar or rollingwindow",
            "policy 'L': the emulator executes LLMTokenQuota as Apigee documents it, an"
                + " EnforceOnly policy on the request and a CountOnly one on the response: set one"
                + " of them"),
        problems(
            "L",
            "<LLMTokenQuota name=\"L\">"
                + limit
                + "<LLMModelSource>{m}</LLMModelSource></LLMTokenQuota>"));
    assertEquals(
        List.of("policy 'L': a CountOnly LLMTokenQuota needs <LLMTokenUsageSource>"),
        problems(
            "L",
            "<LLMTokenQuota name=\"L\" type=\"rollingwindow\">"
                + limit
                + "<LLMModelSource>{m}</LLMModelSource><CountOnly>true</CountOnly>"
                + "<SharedName>s</SharedName></LLMTokenQuota>"));
    assertTrue(
        problems(
                "L",
                "<LLMTokenQuota name=\"L\" type=\"rollingwindow\">"
                    + limit
                    + "<LLMModelSource>{jsonPath('$..model',request.content,true)}</LLMModelSource>"
                    + "<EnforceOnly>true</EnforceOnly></LLMTokenQuota>")
            .get(0)
            .contains("<LLMModelSource>: JSONPath '$..model' is not supported by the emulator"));
  }

  @Test
  void postClientFlowStepThatIsNotMessageLogging_isAProblem() throws Exception {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("apiproxy/policies/RF.xml", "<RaiseFault name=\"RF\"/>");
    f.put(
        "apiproxy/proxies/default.xml",
        "<ProxyEndpoint name=\"default\"><PostClientFlow><Response><Step><Name>RF</Name></Step>"
            + "</Response></PostClientFlow><RouteRule name=\"r\"/></ProxyEndpoint>");
    assertEquals(
        List.of(
            "proxy endpoint 'default': PostClientFlow step 'RF' is not a MessageLogging policy,"
                + " the only type Apigee X runs there"),
        parse(f).problems());
  }

  @Test
  void eventFlowStepTheEmulatorDoesNotRunThere_isAProblem() throws Exception {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("apiproxy/policies/RF.xml", "<RaiseFault name=\"RF\"/>");
    f.put(
        "apiproxy/proxies/default.xml",
        "<ProxyEndpoint name=\"default\"><RouteRule name=\"r\"><TargetEndpoint>t</TargetEndpoint>"
            + "</RouteRule></ProxyEndpoint>");
    f.put(
        "apiproxy/targets/t.xml",
        "<TargetEndpoint name=\"t\"><EventFlow content-type=\"text/event-stream\"><Response><Step>"
            + "<Name>RF</Name></Step></Response></EventFlow><HTTPTargetConnection><URL>http://x</URL>"
            + "</HTTPTargetConnection></TargetEndpoint>");
    assertEquals(
        List.of(
            "target endpoint 't': EventFlow step 'RF': the emulator runs only a CountOnly"
                + " LLMTokenQuota, SanitizeModelResponse and MessageLogging in an EventFlow"),
        parse(f).problems());
  }

  private static List<String> names(List<StepPlan> steps) {
    return steps.stream().map(StepPlan::policy).toList();
  }
}
