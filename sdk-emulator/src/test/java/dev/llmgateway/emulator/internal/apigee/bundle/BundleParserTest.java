package dev.llmgateway.emulator.internal.apigee.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.emulator.internal.apigee.Zips;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** What the emulator accepts, refuses on import, and refuses at deployment. */
class BundleParserTest {

  static final String HEADER =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- a comment -->\n";

  /** The layout of the guide's sample bundle (apigee-samples llm-inference-gateway/apiproxy). */
  static Map<String, String> guideSample() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put(
        "apiproxy/apigee-llm-inf-gw.xml",
        HEADER
            + "<APIProxy revision=\"1\" name=\"apigee-llm-inf-gw\"><DisplayName>apigee-llm-inf-gw</DisplayName><Description>API Proxy for GKE Inference Gateway with token-based quota</Description></APIProxy>");
    f.put(
        "apiproxy/proxies/default.xml",
        HEADER
            + "<ProxyEndpoint name=\"default\"><Description/><FaultRules/><Flows/>"
            + "<PostClientFlow name=\"PostClientFlow\"><Response/></PostClientFlow>"
            + "<PostFlow name=\"PostFlow\"><Request/><Response/></PostFlow>"
            + "<PreFlow name=\"PreFlow\"><Request><Step><Name>VA-VerifyAPIKey</Name></Step><Step><Name>Q-TokenQuota</Name></Step></Request>"
            + "<Response><Step><Condition>response.content != null</Condition><Name>EV-ExtractTokenCounts</Name></Step><Step><Name>Q-TokenQuotaCounter</Name></Step></Response></PreFlow>"
            + "<HTTPProxyConnection><Properties/><BasePath>/v1/samples/apigee-llm-inf-gw</BasePath></HTTPProxyConnection><RouteRule name=\"default\"/></ProxyEndpoint>");
    f.put(
        "apiproxy/policies/VA-VerifyAPIKey.xml",
        HEADER
            + "<VerifyAPIKey continueOnError=\"false\" enabled=\"true\" name=\"VA-VerifyAPIKey\"><DisplayName>VA-VerifyAPIKey</DisplayName><Properties/><APIKey ref=\"request.header.x-api-key\"/></VerifyAPIKey>");
    String quota =
        "<Identifier ref=\"client_id\"/><Allow countRef=\"verifyapikey.VA-VerifyAPIKey.apiproduct.developer.quota.limit\"/>"
            + "<Interval ref=\"verifyapikey.VA-VerifyAPIKey.apiproduct.developer.quota.interval\"/>"
            + "<TimeUnit ref=\"verifyapikey.VA-VerifyAPIKey.apiproduct.developer.quota.timeunit\"/>";
    f.put(
        "apiproxy/policies/Q-TokenQuota.xml",
        HEADER
            + "<Quota continueOnError=\"false\" enabled=\"true\" name=\"Q-TokenQuota\" type=\"flexi\"><DisplayName>Q-TokenQuota</DisplayName><Properties/>"
            + quota
            + "<Distributed>true</Distributed><Synchronous>true</Synchronous><EnforceOnly>true</EnforceOnly><SharedName>token-quota</SharedName></Quota>");
    f.put(
        "apiproxy/policies/Q-TokenQuotaCounter.xml",
        HEADER
            + "<Quota continueOnError=\"false\" enabled=\"true\" name=\"Q-TokenQuotaCounter\" type=\"flexi\"><DisplayName>Q-TokenQuotaCounter</DisplayName><Properties/>"
            + quota
            + "<MessageWeight ref=\"total_token_count\"/><Distributed>true</Distributed><Synchronous>true</Synchronous><CountOnly>true</CountOnly><SharedName>token-quota</SharedName></Quota>");
    f.put(
        "apiproxy/policies/EV-ExtractTokenCounts.xml",
        HEADER
            + "<ExtractVariables continueOnError=\"false\" enabled=\"true\" name=\"EV-ExtractTokenCounts\"><DisplayName>EV-ExtractTokenCounts</DisplayName><Properties/>"
            + "<IgnoreUnresolvedVariables>true</IgnoreUnresolvedVariables><JSONPayload>"
            + "<Variable name=\"prompt_token_count\"><JSONPath>$.usage.prompt_tokens</JSONPath></Variable>"
            + "<Variable name=\"candidates_token_count\"><JSONPath>$.usage.completion_tokens</JSONPath></Variable>"
            + "<Variable name=\"total_token_count\"><JSONPath>$.usage.total_tokens</JSONPath></Variable></JSONPayload>"
            + "<Source clearPayload=\"false\">response</Source></ExtractVariables>");
    return f;
  }

  static ParsedBundle parse(Map<String, String> files) throws BundleException {
    return BundleParser.parse("p", 1, Zips.of(files));
  }

  static List<String> problems(String policyFile, String xml) throws BundleException {
    Map<String, String> f = new LinkedHashMap<>();
    f.put(
        "apiproxy/proxies/default.xml",
        Zips.endpoint("/", new String[] {policyFile}, new String[0]));
    f.put("apiproxy/policies/" + policyFile + ".xml", xml);
    ParsedBundle b = parse(f);
    assertNull(b.plan());
    return b.problems();
  }

  @Test
  void guideSampleAndTokenQuotaPreset_parseIntoAnExecutablePlan() throws Exception {
    ParsedBundle sample = parse(guideSample());
    assertEquals(List.of(), sample.problems());
    assertNotNull(sample.plan());
    assertEquals("apigee-llm-inf-gw", sample.displayName());
    assertEquals(List.of("/v1/samples/apigee-llm-inf-gw"), sample.basePaths());
    QuotaDef counter = (QuotaDef) sample.plan().policies().get("Q-TokenQuotaCounter");
    assertTrue(counter.countOnly());
    assertEquals("token-quota", counter.sharedName());
    assertEquals("flexi", counter.type());

    ParsedBundle preset =
        BundleParser.parse("apigee-llm-inf-gw", 1, TokenQuotaPreset.bundle().toZip());
    assertEquals(List.of(), preset.problems());
    assertEquals(sample.plan().policies().keySet(), preset.plan().policies().keySet());
  }

  @Test
  void whatTheEmulatorCannotExecute_isAProblemNamingThePolicy() throws Exception {
    assertEquals(
        List.of(
            "policy 'JS': a Javascript policy, which the emulator cannot execute (it executes VerifyAPIKey, Quota, ExtractVariables, SpikeArrest, AssignMessage, RaiseFault, LLMTokenQuota, PromptTokenLimit, SemanticCacheLookup, SemanticCachePopulate, SanitizeUserPrompt, SanitizeModelResponse, MessageLogging)"),
        problems("JS", "<Javascript name=\"JS\"/>"));
    assertEquals(
        List.of("policy 'Q': <Allow> with <Class> is not supported by the emulator"),
        problems(
            "Q",
            "<Quota name=\"Q\"><Allow count=\"1\"><Class ref=\"x\"/></Allow><Interval>1</Interval><TimeUnit>hour</TimeUnit></Quota>"));
    assertEquals(
        List.of(
            "policy 'Q': type 'rollingwindow' is not supported by the emulator (default, calendar, flexi)"),
        problems(
            "Q",
            "<Quota name=\"Q\" type=\"rollingwindow\"><Allow count=\"1\"/><Interval>1</Interval><TimeUnit>hour</TimeUnit></Quota>"));
    assertEquals(
        List.of("policy 'SA': Invalid spike arrest rate 30.1ps (an integer followed by ps or pm)"),
        problems("SA", "<SpikeArrest name=\"SA\"><Rate>30.1ps</Rate></SpikeArrest>"));
    assertTrue(
        problems(
                "EV",
                "<ExtractVariables name=\"EV\"><JSONPayload><Variable name=\"v\"><JSONPath>$..a[?(@.b)]</JSONPath></Variable></JSONPayload></ExtractVariables>")
            .get(0)
            .contains("is not supported by the emulator at position 1"));
    assertEquals(
        List.of("policy 'AM': element <Copy> in <AssignMessage> is not supported by the emulator"),
        problems("AM", "<AssignMessage name=\"AM\"><Copy source=\"request\"/></AssignMessage>"));
    assertTrue(
        problems("AM", "<AssignMessage name=\"AM\"><Set><Payload>x</Payload></Set></AssignMessage>")
            .get(0)
            .contains("setting or removing the request payload"));
  }

  @Test
  void conditionsFaultRulesAndMissingTargets_theEmulatorCannotRun_areProblems() throws Exception {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("apiproxy/policies/RF.xml", "<RaiseFault name=\"RF\"/>");
    f.put(
        "apiproxy/proxies/default.xml",
        "<ProxyEndpoint name=\"default\"><FaultRules><FaultRule name=\"x\"/></FaultRules>"
            + "<PreFlow><Request><Step><Name>RF</Name><Condition>request.verb = GET)</Condition></Step></Request></PreFlow>"
            + "<RouteRule name=\"t\"><TargetEndpoint>default</TargetEndpoint></RouteRule></ProxyEndpoint>");
    List<String> problems = parse(f).problems();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("<FaultRules> are not supported"));
    assertTrue(problems.get(1).contains("condition 'request.verb = GET)' is not understood"));
    assertTrue(
        problems.get(2).contains("RouteRule 't' names a missing TargetEndpoint 'default'"),
        problems.get(2));
  }

  @Test
  void importViolations_nameTheFile() {
    BundleException noEndpoint =
        assertThrows(
            BundleException.class,
            () -> parse(Map.of("apiproxy/policies/RF.xml", "<RaiseFault name=\"RF\"/>")));
    assertEquals("the bundle has no ProxyEndpoint", noEndpoint.violations().get(0).description());
    BundleException noName =
        assertThrows(
            BundleException.class,
            () ->
                parse(
                    Map.of(
                        "apiproxy/policies/RF.xml",
                        "<RaiseFault/>",
                        "apiproxy/proxies/default.xml",
                        "<ProxyEndpoint/>")));
    assertEquals(
        new BundleViolation("apiproxy/policies/RF.xml", "the policy has no name attribute"),
        noName.violations().get(0));
    BundleException external =
        assertThrows(
            BundleException.class,
            () ->
                parse(
                    Map.of(
                        "apiproxy/proxies/default.xml",
                        "<!DOCTYPE p [<!ENTITY x SYSTEM \"http://example.com/\">]><ProxyEndpoint>&x;</ProxyEndpoint>")));
    assertTrue(
        external.violations().get(0).description().contains("DOCTYPE"),
        external.violations().toString());
    BundleException outside =
        assertThrows(
            BundleException.class, () -> parse(Map.of("other/default.xml", "<ProxyEndpoint/>")));
    assertEquals(
        "no files under the root folder apiproxy/", outside.violations().get(0).description());
  }

  @Test
  void zipLimits_entriesAndInflatedSize() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("apiproxy/resources/big.bin"));
      zip.write(new byte[BundleZip.MAX_FILE_BYTES + 1]);
      zip.closeEntry();
    }
    assertTrue(bytes.size() < 100_000, "a small zip that inflates past the limit");
    BundleException bomb =
        assertThrows(BundleException.class, () -> BundleZip.read(bytes.toByteArray()));
    assertTrue(
        bomb.violations().get(0).description().contains("exceeds " + BundleZip.MAX_FILE_BYTES));

    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i <= BundleZip.MAX_ENTRIES; i++) {
      many.put("apiproxy/resources/f" + i, "x");
    }
    BundleException tooMany =
        assertThrows(BundleException.class, () -> BundleZip.read(Zips.of(many)));
    assertTrue(tooMany.violations().get(0).description().contains("more than 1000 entries"));
  }
}
