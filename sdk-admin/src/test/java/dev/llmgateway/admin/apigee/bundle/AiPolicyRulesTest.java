package dev.llmgateway.admin.apigee.bundle;

import static dev.llmgateway.admin.apigee.bundle.ApiProxyBundleTest.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The new policy builders reject bad input with a message naming the field. */
class AiPolicyRulesTest {

  private static final String USAGE = "{jsonPath('$.usage.total_tokens',response.content,true)}";

  private static LlmTokenQuotaPolicy.Builder ltq() {
    return LlmTokenQuotaPolicy.builder()
        .name("LTQ")
        .allowCount(1000L)
        .interval(1L)
        .timeUnit("minute")
        .sharedName("tokens");
  }

  private static final String TEMPLATE = "projects/p/locations/us-central1/templates/t-1";

  @Test
  void llmTokenQuota_rulesFailNamingTheFields() {
    assertEquals(
        "exactly one of countOnly and enforceOnly must be true: Apigee documents LLMTokenQuota as"
            + " an EnforceOnly policy on the request and a CountOnly policy on the response",
        fails(() -> ltq().build()));
    assertTrue(
        fails(() -> ltq().countOnly(true).enforceOnly(true).build())
            .startsWith("exactly one of countOnly and enforceOnly must be true"));
    assertEquals(
        "llmTokenUsageSource must be set on a countOnly policy: it reads the tokens to count",
        fails(() -> ltq().countOnly(true).build()));
    assertEquals(
        "type must be CALENDAR or ROLLINGWINDOW (the types Google's LLMTokenQuota examples use)"
            + " but was FLEXI",
        fails(() -> ltq().enforceOnly(true).type(QuotaType.FLEXI).build()));
    assertEquals(
        "sharedName must be set when countOnly or enforceOnly is",
        fails(() -> ltq().enforceOnly(true).sharedName((String) null).build()));
    assertEquals(
        "startTime must be set for type calendar",
        fails(() -> ltq().enforceOnly(true).type(QuotaType.CALENDAR).build()));
    assertEquals(
        "llmTokenUsageSource jsonPath is not a valid JSONPath: unclosed '[' in '$.usage[0'",
        fails(
            () ->
                ltq()
                    .countOnly(true)
                    .llmTokenUsageSource("{jsonPath('$.usage[0',response.content,true)}")
                    .build()));
    assertEquals(
        "llmModelSource is not a valid message template: '{' without '}' in '{model'",
        fails(() -> ltq().enforceOnly(true).llmModelSource("{model").build()));
    assertEquals(
        "timeUnit must be one of minute, hour, day, week, month but was 'second'",
        fails(() -> ltq().enforceOnly(true).timeUnit("second").build()));
  }

  @Test
  void llmTokenQuota_renderedPairSharesCounterAndHasTypeAndDistributed() {
    String count =
        XmlTree.canonical(
            ltq()
                .countOnly(true)
                .llmTokenUsageSource(USAGE)
                .identifierRef("client_id")
                .build()
                .toXml());
    assertTrue(
        count.startsWith(
            "LLMTokenQuota {continueOnError=false, enabled=true, name=LTQ, type=rollingwindow}\n"
                + "  DisplayName = LTQ\n"
                + "  Identifier {ref=client_id}\n"
                + "  Allow {count=1000}\n"
                + "  Interval = 1\n"
                + "  TimeUnit = minute\n"
                + "  Distributed = true\n"),
        count);
    assertTrue(count.endsWith("  CountOnly = true\n  SharedName = tokens\n"), count);
    assertFalse(count.contains("Properties"), count);
  }

  @Test
  void promptTokenLimit_rulesFailNamingTheFields() {
    assertEquals(
        "rate or rateRef must be set",
        fails(() -> PromptTokenLimitPolicy.builder().name("PTL").build()));
    assertEquals(
        "rate must be a positive number followed by ps or pm but was '1000/m'",
        fails(() -> PromptTokenLimitPolicy.builder().name("PTL").rate("1000/m").build()));
    assertEquals(
        "userPromptSource is not a valid message template: '{request content}' is neither a"
            + " variable nor a function call in '{request content}'",
        fails(
            () ->
                PromptTokenLimitPolicy.builder()
                    .name("PTL")
                    .rate("10pm")
                    .userPromptSource("{request content}")
                    .build()));
  }

  @Test
  void semanticCache_rulesFailNamingTheFields() {
    SemanticCacheLookupPolicy.Builder lookup =
        SemanticCacheLookupPolicy.builder()
            .name("SCL")
            .embeddingsUrl("https://e/x:predict")
            .similaritySearchUrl("https://s/x:findNeighbors")
            .deployedIndexId("idx");
    assertEquals(
        "embeddingsUrl must be an https URL without whitespace but was 'http://e'",
        fails(() -> lookup.embeddingsUrl("http://e").build()));
    lookup.embeddingsUrl("https://e/x:predict");
    assertEquals(
        "threshold must be a finite number >= 0 but was -0.5",
        fails(() -> lookup.threshold(-0.5).build()));
    assertEquals(
        "deployedIndexId must not be null",
        fails(
            () ->
                SemanticCacheLookupPolicy.builder()
                    .name("SCL")
                    .embeddingsUrl("https://e")
                    .similaritySearchUrl("https://s")
                    .build()));
    assertEquals(
        "ttlInSeconds must be > 0 but was 0",
        fails(
            () ->
                SemanticCachePopulatePolicy.builder()
                    .name("SCP")
                    .similaritySearchUrl("https://s/x:upsertDatapoints")
                    .ttlInSeconds(0L)
                    .build()));
  }

  @Test
  void modelArmor_rulesFailNamingTheFields() {
    assertEquals(
        "templateName must be projects/{project}/locations/{location}/templates/{id} but was"
            + " 'my-template'",
        fails(
            () ->
                SanitizeUserPromptPolicy.builder()
                    .name("SUP")
                    .templateName("my-template")
                    .build()));
    assertEquals(
        "templateName template ID must be 1-63 letters, digits or hyphens, not starting with a"
            + " hyphen, but was '-bad'",
        fails(
            () ->
                SanitizeModelResponsePolicy.builder()
                    .name("SMR")
                    .templateName("projects/p/locations/l/templates/-bad")
                    .build()));
    assertEquals(
        "llmResponseSource is not a valid message template: '}' without '{' in 'x}'",
        fails(
            () ->
                SanitizeModelResponsePolicy.builder()
                    .name("SMR")
                    .templateName(TEMPLATE)
                    .llmResponseSource("x}")
                    .build()));
  }

  @Test
  void messageLogging_rulesFailNamingTheFields() {
    assertEquals(
        "logName must be projects/{project}/logs/{log id} but was 'apigee'",
        fails(
            () ->
                MessageLoggingPolicy.builder().name("ML").logName("apigee").message("m").build()));
    assertEquals(
        "message must not be blank",
        fails(
            () ->
                MessageLoggingPolicy.builder()
                    .name("ML")
                    .logName("projects/p/logs/l")
                    .message(" ")
                    .build()));
    String xml =
        XmlTree.canonical(
            MessageLoggingPolicy.builder()
                .name("ML")
                .logName("projects/p/logs/l")
                .message("m")
                .putLabel("gateway", "llm")
                .build()
                .toXml());
    assertTrue(
        xml.contains("    Labels\n      Label\n        Key = gateway\n        Value = llm\n"), xml);
  }
}
