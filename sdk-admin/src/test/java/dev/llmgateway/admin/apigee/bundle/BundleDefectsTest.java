package dev.llmgateway.admin.apigee.bundle;

import static dev.llmgateway.admin.apigee.bundle.ApiProxyBundleTest.fails;
import static dev.llmgateway.admin.apigee.bundle.ApiProxyBundleTest.quota;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defects 1-8: bundles the builder used to accept although Apigee (or apigeelint 2.85.1
 * with {@code --profile apigeex}) rejects or silently ignores them. Each test failed before its
 * fix.
 */
class BundleDefectsTest {

  private static final VerifyApiKeyPolicy VERIFY = VerifyApiKeyPolicy.builder().name("VA").build();

  private static Flow flow(String name) {
    return Flow.builder().name(name).addRequestStep(Step.of("VA")).build();
  }

  private static ApiProxyBundle.Builder bundle(ProxyEndpoint endpoint) {
    return ApiProxyBundle.builder().name("p").addPolicy(VERIFY).addProxyEndpoint(endpoint);
  }

  /** A policy the package does not model, as a user would write one. */
  private static Policy custom(String name, String root) {
    return new Policy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String toXml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<"
            + root
            + " name=\""
            + name
            + "\"><CloudLogging><LogName>l</LogName><Message>m</Message></CloudLogging></"
            + root
            + ">";
      }
    };
  }

  // 1. A condition on PreFlow or PostFlow was accepted and dropped from the XML.

  @Test
  void preFlowWithCondition_isRejectedNamingTheFlow() {
    Flow conditional = flow("PreFlow").toBuilder().condition("request.verb = \"POST\"").build();
    assertEquals(
        "proxyEndpoint 'default' preFlow must not have a condition (Apigee ignores conditions on"
            + " PreFlow and PostFlow); use a conditional flow or step conditions",
        fails(() -> ProxyEndpoint.builder().basePath("/x").preFlow(conditional).build()));
  }

  @Test
  void targetPostFlowWithCondition_isRejectedNamingTheFlow() {
    Flow conditional = Flow.builder().name("PostFlow").condition("true").build();
    assertEquals(
        "targetEndpoint 'default' postFlow must not have a condition (Apigee ignores conditions on"
            + " PreFlow and PostFlow); use a conditional flow or step conditions",
        fails(() -> TargetEndpoint.builder().url("http://h").postFlow(conditional).build()));
  }

  // 2. An unconditional flow or route rule before others made the ones after it dead.

  @Test
  void unconditionalFlowBeforeAnother_isRejected() {
    ProxyEndpoint.Builder e =
        ProxyEndpoint.builder()
            .basePath("/x")
            .addFlow(flow("catch-all"))
            .addFlow(flow("chat").toBuilder().condition("proxy.pathsuffix = \"/chat\"").build());
    assertEquals(
        "proxyEndpoint 'default' flow 'catch-all' has no condition but is not the last flow;"
            + " Apigee never runs the flows after it (apigeelint FL001)",
        fails(e::build));
  }

  @Test
  void unconditionalRouteRuleBeforeAnother_isRejected() {
    ProxyEndpoint.Builder e =
        ProxyEndpoint.builder()
            .basePath("/x")
            .addRouteRule(RouteRule.noTarget("default"))
            .addRouteRule(RouteRule.noTarget("other").when("request.verb = \"GET\""));
    assertEquals(
        "proxyEndpoint 'default' routeRule 'default' has no condition but is not the last route"
            + " rule; Apigee never evaluates the rules after it (apigeelint PD003)",
        fails(e::build));
  }

  @Test
  void unconditionalFlowOrRouteRuleLast_isAccepted() {
    ProxyEndpoint e =
        ProxyEndpoint.builder()
            .basePath("/x")
            .addFlow(flow("chat").toBuilder().condition("proxy.pathsuffix = \"/chat\"").build())
            .addFlow(flow("rest"))
            .addRouteRule(RouteRule.noTarget("get").when("request.verb = \"GET\""))
            .addRouteRule(RouteRule.noTarget("default"))
            .build();
    assertEquals(2, e.flows().size());
    assertEquals(2, e.routeRules().size());
  }

  // 3. An AssignMessage without Set, Add, Copy, Remove or AssignVariable (PO034 error).

  @Test
  void assignMessageThatDoesNothing_isRejected() {
    assertEquals(
        "AssignMessage 'AM' does nothing: set removeHeaders, setHeaders, payload, statusCode,"
            + " reasonPhrase or assignVariables (apigeelint PO034)",
        fails(() -> AssignMessagePolicy.builder().name("AM").assignTo("request").build()));
  }

  // 4. A name that becomes a path inside the zip was not checked for custom policies.

  @Test
  void customPolicyWhoseNameLeavesTheFolder_isRejected() {
    ApiProxyBundle.Builder b =
        bundle(ProxyEndpoint.builder().basePath("/x").build())
            .addPolicy(custom("../../evil", "MessageLogging"));
    assertEquals("policy name may only contain A-Za-z0-9._- but was '../../evil'", fails(b::build));
  }

  @Test
  void endpointNamesWithBackslash_areRejected() {
    assertEquals(
        "proxyEndpoint name may only contain A-Za-z0-9._- but was '..\\evil'",
        fails(() -> ProxyEndpoint.builder().name("..\\evil").basePath("/x").build()));
    assertEquals(
        "targetEndpoint name may only contain A-Za-z0-9._- but was '..\\evil'",
        fails(() -> TargetEndpoint.builder().name("..\\evil").url("http://h").build()));
  }

  // 5. Quota startTime took ISO-8601; Apigee documents yyyy-MM-dd HH:mm:ss.

  @Test
  void startTimeInIso8601_isRejected() {
    assertEquals(
        "startTime must be 'yyyy-MM-dd HH:mm:ss' (UTC) but was '2026-01-01T00:00:00Z'",
        fails(() -> quota().type(QuotaType.CALENDAR).startTime("2026-01-01T00:00:00Z").build()));
    assertEquals(
        "startTime must be 'yyyy-MM-dd HH:mm:ss' (UTC) but was '2026-02-30 10:00:00'",
        fails(() -> quota().type(QuotaType.CALENDAR).startTime("2026-02-30 10:00:00").build()));
  }

  @Test
  void startTimeAsLocalDateTime_isFormattedTheDocumentedWay() {
    QuotaPolicy q =
        quota().type(QuotaType.CALENDAR).startTime(LocalDateTime.of(2026, 3, 4, 5, 6, 7)).build();
    assertEquals("2026-03-04 05:06:07", q.startTime().orElseThrow());
    // Google's own samples write months and days without padding; Apigee takes them.
    assertEquals(
        "2014-11-4 12:00:00",
        quota().type(QuotaType.CALENDAR).startTime("2014-11-4 12:00:00").build().startTime().get());
  }

  // 6. JSONPath was checked only for a leading '$'.

  @Test
  void malformedJsonPaths_areRejectedNamingVariableAndProblem() {
    for (String bad : new String[] {"$.usage[0", "$..", "$.usage.", "$.a b", "$['x]", "$[?(@.a]"}) {
      String message =
          fails(() -> ExtractVariablesPolicy.builder().name("E").putJsonVariable("x", bad).build());
      assertTrue(message.startsWith("jsonVariables path of 'x' is not a valid JSONPath"), message);
      assertTrue(message.endsWith("'" + bad + "'"), message);
    }
  }

  @Test
  void wellFormedJsonPaths_areAccepted() {
    for (String good :
        new String[] {
          "$",
          "$.usage.total_tokens",
          "$.choices[0].message.content",
          "$.contents[-1].parts[-1].text",
          "$['usage']['total_tokens']",
          "$..model",
          "$.data[*].id",
          "$.items[0,1]",
          "$.items[1:3]",
          "$.messages[?(@.role == 'user')].content",
          "$.messages.length()"
        }) {
      ExtractVariablesPolicy.builder().name("E").putJsonVariable("x", good).build();
    }
  }

  // 7. Quota and VerifyAPIKey were accepted in the PostClientFlow.

  @Test
  void quotaOrVerifyApiKeyInPostClientFlow_isRejected() {
    ProxyEndpoint e =
        ProxyEndpoint.builder().basePath("/x").addPostClientFlowStep(Step.of("VA")).build();
    assertEquals(
        "proxyEndpoint 'default' postClientFlow step 'VA' is a VerifyAPIKey policy; Apigee runs"
            + " only MessageLogging policies in the PostClientFlow",
        fails(() -> bundle(e).build()));
    ProxyEndpoint q =
        ProxyEndpoint.builder().basePath("/x").addPostClientFlowStep(Step.of("Q")).build();
    assertEquals(
        "proxyEndpoint 'default' postClientFlow step 'Q' is a Quota policy; Apigee runs only"
            + " MessageLogging policies in the PostClientFlow",
        fails(() -> bundle(q).addPolicy(quota().build()).build()));
  }

  @Test
  void messageLoggingInPostClientFlow_isAccepted() {
    ProxyEndpoint e =
        ProxyEndpoint.builder().basePath("/x").addPostClientFlowStep(Step.of("ML")).build();
    ApiProxyBundle b = bundle(e).addPolicy(custom("ML", "MessageLogging")).build();
    assertTrue(b.files().get("apiproxy/proxies/default.xml").contains("<Name>ML</Name>"));
  }

  // 8. Distributed was unset by default (PO022): every message processor counted on its own.

  @Test
  void quotaWithoutDistributed_isDistributed() {
    QuotaPolicy q = quota().build();
    assertTrue(q.distributed());
    assertTrue(XmlTree.canonical(q.toXml()).contains("  Distributed = true\n"), q.toXml());
    assertTrue(
        XmlTree.canonical(quota().distributed(false).build().toXml())
            .contains("  Distributed = false\n"));
  }
}
