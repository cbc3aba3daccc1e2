package dev.llmgateway.admin.apigee.bundle;

import static dev.llmgateway.admin.apigee.bundle.ApiProxyBundleTest.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The EventFlow of a target endpoint: rendered like Google's SSE sample, limited policy types. */
class TargetEventFlowTest {

  private static final LlmTokenQuotaPolicy COUNT =
      LlmTokenQuotaPolicy.builder()
          .name("LTQ-Count")
          .countOnly(true)
          .sharedName("tokens")
          .allowCount(10L)
          .interval(1L)
          .timeUnit("minute")
          .llmTokenUsageSource(
              "{jsonPath('$.usage.total_tokens',response.event.current.content,true)}")
          .build();

  private static ApiProxyBundle.Builder bundle(Step eventStep) {
    return ApiProxyBundle.builder()
        .name("p")
        .addPolicy(COUNT)
        .addPolicy(VerifyApiKeyPolicy.builder().name("VA").build())
        .addProxyEndpoint(
            ProxyEndpoint.builder()
                .basePath("/x")
                .addRouteRule(RouteRule.toTarget("default", "llm"))
                .build())
        .addTargetEndpoint(
            TargetEndpoint.builder()
                .name("llm")
                .url("http://gateway")
                .addEventFlowStep(eventStep)
                .build());
  }

  @Test
  void eventFlowSteps_renderAnEventFlowForEventStreams() {
    String target =
        XmlTree.canonical(
            bundle(Step.of("LTQ-Count")).build().files().get("apiproxy/targets/llm.xml"));
    assertTrue(
        target.contains(
            "  EventFlow {content-type=text/event-stream, name=EventFlow}\n"
                + "    Response\n"
                + "      Step\n"
                + "        Name = LTQ-Count\n"),
        target);
  }

  @Test
  void noEventFlowSteps_renderNoEventFlow() {
    String target =
        BundleXml.targetEndpoint(TargetEndpoint.builder().url("http://gateway").build());
    assertFalse(target.contains("EventFlow"), target);
  }

  @Test
  void eventFlowStepOfAnotherType_isRejected() {
    assertEquals(
        "targetEndpoint 'llm' eventFlow step 'VA' is a VerifyAPIKey policy; Apigee accepts only"
            + " LLMTokenQuota, SanitizeModelResponse, MessageLogging, RaiseFault, Javascript,"
            + " PublishMessage in an EventFlow",
        fails(() -> bundle(Step.of("VA")).build()));
    assertEquals(
        "targetEndpoint 'llm' has a step for unknown policy 'nope'",
        fails(() -> bundle(Step.of("nope")).build()));
  }
}
