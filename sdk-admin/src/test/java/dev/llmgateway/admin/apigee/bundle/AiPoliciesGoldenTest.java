package dev.llmgateway.admin.apigee.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Each new policy builder, configured like an example of Apigee's reference, tutorials or Google's
 * apigee-samples, renders the same XML as that example, compared parsed (names, attributes, text),
 * not as text. The examples are in {@code golden/}, each with its source. Before comparing, the
 * example gets Apigee's documented defaults where it leaves them out ({@code
 * continueOnError=false}, {@code enabled=true}, DisplayName = name) and loses the deprecated {@code
 * async="false"}; children are compared in any order, since Apigee reads policy children by name.
 */
class AiPoliciesGoldenTest {

  private static final String VA = "verifyapikey.VA-VerifyAPIKey.apiproduct.developer.llmQuota.";

  private static String golden(String file) throws IOException {
    try (InputStream in = AiPoliciesGoldenTest.class.getResourceAsStream("golden/" + file)) {
      assertNotNull(in, file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertSameAsExample(String file, Policy policy) throws IOException {
    Element example = XmlTree.parse(golden(file));
    if (!example.hasAttribute("continueOnError")) {
      example.setAttribute("continueOnError", "false");
    }
    if (!example.hasAttribute("enabled")) {
      example.setAttribute("enabled", "true");
    }
    if ("false".equals(example.getAttribute("async"))) {
      example.removeAttribute("async");
    }
    if (example.getElementsByTagName("DisplayName").getLength() == 0) {
      Element name = example.getOwnerDocument().createElement("DisplayName");
      name.setTextContent(example.getAttribute("name"));
      example.appendChild(name);
    }
    assertEquals(XmlTree.unordered(example), XmlTree.unordered(XmlTree.parse(policy.toXml())));
  }

  private static LlmTokenQuotaPolicy.Builder sampleQuota(String name) {
    return LlmTokenQuotaPolicy.builder()
        .name(name)
        .type(QuotaType.CALENDAR)
        .allowCount(1000L)
        .productQuota("VA-VerifyAPIKey")
        .interval(1L)
        .timeUnit("minute")
        .synchronous(true)
        .startTime("2013-08-21 10:00:00")
        .llmModelSource("{model}")
        .sharedName("common-counter");
  }

  @Test
  void llmTokenQuota_countOnly_matchesGoogleSample() throws IOException {
    assertSameAsExample(
        "LTQ-sample-count.xml",
        sampleQuota("LTQ-TokenCount")
            .countOnly(true)
            .llmTokenUsageSource(
                "{jsonPath('$.usageMetadata.candidatesTokenCount',response.content,true)}")
            .build());
  }

  @Test
  void llmTokenQuota_enforceOnly_matchesGoogleSample() throws IOException {
    LlmTokenQuotaPolicy p = sampleQuota("LTQ-TokenEnforce").enforceOnly(true).build();
    assertSameAsExample("LTQ-sample-enforce.xml", p);
    assertEquals(VA + "limit", p.allowCountRef().orElseThrow());
  }

  @Test
  void promptTokenLimit_matchesTutorial() throws IOException {
    assertSameAsExample(
        "PTL-tutorial.xml",
        PromptTokenLimitPolicy.builder()
            .name("PTL-limitTokens-1")
            .displayName("Limit Prompt Tokens")
            .rate("1000pm")
            .userPromptSource("{jsonPath('$.contents[-1].parts[-1].text',request.content,true)}")
            .build());
  }

  @Test
  void semanticCacheLookup_matchesGoogleSample() throws IOException {
    assertSameAsExample(
        "SCL-sample.xml",
        SemanticCacheLookupPolicy.builder()
            .name("SCL-Semantic-Cache-Lookup")
            .ignoreUnresolvedVariables(false)
            .userPromptSource("{jsonPath('$.contents[-1].parts[-1].text',request.content,true)}")
            .embeddingsUrl(
                "https://REGION-aiplatform.googleapis.com/v1/projects/PROJECT_ID/locations/REGION"
                    + "/publishers/google/models/EMBEDDINGS_MODEL_ID:predict")
            .similaritySearchUrl(
                "https://PUBLIC_ENDPOINT_SUBDOMAIN.REGION-PROJECT_NUMBER.vdb.vertexai.goog/v1"
                    + "/projects/PROJECT_NUMBER/locations/REGION/indexEndpoints/INDEX_ENDPOINT_ID"
                    + ":findNeighbors")
            .deployedIndexId("INDEX_ID_NAME")
            .threshold(0.95)
            .build());
  }

  @Test
  void semanticCachePopulate_matchesGoogleSample() throws IOException {
    assertSameAsExample(
        "SCP-sample.xml",
        SemanticCachePopulatePolicy.builder()
            .name("SCP-Semantic-Cache-Populate")
            .ignoreUnresolvedVariables(true)
            .similaritySearchUrl(
                "https://REGION-aiplatform.googleapis.com/v1/projects/PROJECT_NUMBER/locations"
                    + "/REGION/indexes/INDEX_ID:upsertDatapoints")
            .ttlInSeconds(60L)
            .build());
  }

  @Test
  void sanitizeUserPrompt_matchesTutorial() throws IOException {
    assertSameAsExample(
        "SUP-tutorial.xml",
        SanitizeUserPromptPolicy.builder()
            .name("sanitize-response")
            .displayName("Sanitize-Response-sample")
            .ignoreUnresolvedVariables(true)
            .templateName("projects/my-project/locations/us-central1/templates/my-template")
            .userPromptSource("{jsonPath('$.contents[-1].parts[-1].text',request.content,true)}")
            .build());
  }

  @Test
  void sanitizeModelResponse_matchesTutorial() throws IOException {
    assertSameAsExample(
        "SMR-tutorial.xml",
        SanitizeModelResponsePolicy.builder()
            .name("sanitize-response")
            .displayName("Sanitize-Response-sample")
            .ignoreUnresolvedVariables(true)
            .templateName(
                "projects/my-project/locations/{system.region.name}/templates/my-template")
            .userPromptSource("{jsonPath('$.contents[-1].parts[-1].text',request.content,true)}")
            .llmResponseSource(
                "{jsonPath('$.candidates[-1].content.parts[-1].text',response.content,true)}")
            .build());
  }

  @Test
  void messageLogging_matchesGoogleSample() throws IOException {
    String message =
        "{\n"
            + "        \"organization\": \"{organization.name}\",\n"
            + "        \"environment\": \"{environment.name}\",\n"
            + "        \"proxy\": \"{apiproxy.name}\",\n"
            + "        \"verb\": \"{request.verb}\",\n"
            + "        \"response.code\":\"{response.status.code}\",\n"
            + "        \"response.reason\":\"{message.reason.phrase}\",\n"
            + "        \"response.content\":\"{escapeJSON(message.content)}\",\n"
            + "        \"literal_value\":\"Hi! I am a literal value\"\n"
            + "    }";
    assertSameAsExample(
        "ML-sample.xml",
        MessageLoggingPolicy.builder()
            .name("ML-CloudLogging")
            .logName("projects/{organization.name}/logs/apigee")
            .message(message)
            .messageContentType("application/json")
            .build());
  }
}
