package dev.llmgateway.admin.apigee.bundle;

import static dev.llmgateway.admin.apigee.bundle.ApiProxyBundleTest.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The AI presets: which policies, in which flows, in which order. */
class AiPresetsTest {

  private static List<String> names(List<Step> steps) {
    return steps.stream().map(Step::policy).collect(Collectors.toList());
  }

  private static List<String> policies(ApiProxyBundle b) {
    return b.policies().stream().map(Policy::name).sorted().collect(Collectors.toList());
  }

  @Test
  void composition_withTarget_runsEachPolicyInItsFlowInTheDocumentedOrder() {
    ApiProxyBundle b = ApigeeLintTest.everything().targetUrl("http://10.0.0.5/v1").build().bundle();
    ProxyEndpoint proxy = b.proxyEndpoints().get(0);
    assertEquals(
        List.of(
            "VA-VerifyAPIKey",
            "PTL-PromptTokens",
            "EV-ExtractModel",
            "LTQ-TokenEnforce",
            "SUP-SanitizePrompt",
            "SCL-CacheLookup"),
        names(proxy.preFlow().requestSteps()));
    assertEquals(List.of(), proxy.preFlow().responseSteps());
    assertEquals(List.of("ML-LogCall"), names(proxy.postClientFlowSteps()));
    assertEquals(List.of(RouteRule.toTarget("default", "default")), proxy.routeRules());
    assertEquals("/v1", proxy.basePath());
    TargetEndpoint target = b.targetEndpoints().get(0);
    assertEquals("http://10.0.0.5/v1", target.url());
    assertEquals(
        List.of("LTQ-TokenCount", "SMR-SanitizeResponse", "SCP-CachePopulate", "EV-ExtractUsage"),
        names(target.postFlow().responseSteps()));
    assertEquals(List.of("LTQ-TokenCountStream"), names(target.eventFlowSteps()));
  }

  @Test
  void composition_withoutTarget_answersInTheProxyResponseFlowAndCountsNoStream() {
    ApiProxyBundle b = ApigeeLintTest.everything().build().bundle();
    ProxyEndpoint proxy = b.proxyEndpoints().get(0);
    assertEquals(
        List.of("LTQ-TokenCount", "SMR-SanitizeResponse", "SCP-CachePopulate", "EV-ExtractUsage"),
        names(proxy.preFlow().responseSteps()));
    assertEquals(List.of(), b.targetEndpoints());
    assertEquals(List.of(RouteRule.noTarget("default")), proxy.routeRules());
    assertEquals("/v1/samples/apigee-llm-inf-gw", proxy.basePath());
    assertTrue(policies(b).stream().noneMatch(n -> n.equals("LTQ-TokenCountStream")));
  }

  @Test
  void llmTokenQuotaPreset_threePoliciesShareCounterModelAndProductQuota() {
    ApiProxyBundle b = LlmTokenQuotaPreset.bundle("http://gw/v1");
    assertEquals(
        List.of(
            "EV-ExtractModel",
            "LTQ-TokenCount",
            "LTQ-TokenCountStream",
            "LTQ-TokenEnforce",
            "VA-VerifyAPIKey"),
        policies(b));
    List<LlmTokenQuotaPolicy> quotas =
        b.policies().stream()
            .filter(p -> p instanceof LlmTokenQuotaPolicy)
            .map(p -> (LlmTokenQuotaPolicy) p)
            .collect(Collectors.toList());
    assertEquals(3, quotas.size());
    for (LlmTokenQuotaPolicy q : quotas) {
      assertEquals("llm-tokens", q.sharedName().orElseThrow());
      assertEquals("{llm.model}", q.llmModelSource().orElseThrow());
      assertEquals(
          "verifyapikey.VA-VerifyAPIKey.apiproduct.developer.llmQuota.limit",
          q.allowCountRef().orElseThrow());
      assertEquals(QuotaType.CALENDAR, q.type());
    }
    String stream =
        XmlTree.canonical(
            b.files().get("apiproxy/policies/" + LlmTokenQuotaPreset.TOKEN_COUNT_STREAM + ".xml"));
    assertTrue(
        stream.contains(
            "LLMTokenUsageSource ="
                + " {jsonPath('$.usage.total_tokens',response.event.current.content,true)}"),
        stream);
    assertEquals("llm-token-quota", b.name());
  }

  @Test
  void singleFeaturePresets_holdTheirPoliciesOnly() {
    assertEquals(
        List.of("PTL-PromptTokens", "VA-VerifyAPIKey"),
        policies(PromptTokenLimitPreset.bundle("100pm")));
    assertEquals(
        List.of("SMR-SanitizeResponse", "SUP-SanitizePrompt", "VA-VerifyAPIKey"),
        policies(ModelArmorPreset.bundle(ApigeeLintTest.TEMPLATE)));
    assertEquals(
        List.of("SCL-CacheLookup", "SCP-CachePopulate", "VA-VerifyAPIKey"),
        policies(SemanticCachePreset.bundle(ApigeeLintTest.cache())));
    assertEquals(
        List.of("EV-ExtractModel", "EV-ExtractUsage", "ML-LogCall", "VA-VerifyAPIKey"),
        policies(LlmLoggingPreset.bundle(ApigeeLintTest.LOG)));
    assertEquals("gw", PromptTokenLimitPreset.bundle("gw", "100pm").name());
  }

  @Test
  void composition_badInput_failsNamingTheField() {
    assertEquals(
        "no feature is set: set promptTokenRate, llmTokenQuota, modelArmorTemplate, semanticCache"
            + " or logName",
        fails(() -> AiGatewayPreset.builder().build()));
    assertEquals(
        "rate must be a positive number followed by ps or pm but was '2000'",
        fails(() -> PromptTokenLimitPreset.bundle("2000")));
    assertEquals(
        "url must be an http or https URL but was 'gateway:80'",
        fails(() -> LlmTokenQuotaPreset.bundle("gateway:80")));
    assertEquals(
        "fallbackTokensPerMinute must be > 0 but was 0",
        fails(
            () ->
                AiGatewayPreset.builder().llmTokenQuota(true).fallbackTokensPerMinute(0).build()));
  }
}
