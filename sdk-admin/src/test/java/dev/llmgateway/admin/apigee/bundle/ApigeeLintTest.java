package dev.llmgateway.admin.apigee.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every preset, and a bundle with every policy type the package builds, passes apigeelint 2.85.1
 * with {@code --profile apigeex} without errors. apigeelint is installed once for the class with
 * {@code npm install} into a temporary folder; without npm the tests are skipped, saying why.
 *
 * <p>Warnings are printed, and only those listed in {@link #KEPT_WARNINGS} (rule and why) may
 * appear, so that a new warning is looked at.
 */
class ApigeeLintTest {

  /** The warnings the bundles keep, by rule, with why. */
  static final Map<String, String> KEPT_WARNINGS =
      Map.of(
          "TD002",
          "a preset with a target takes its URL from the caller (the Gateway's address in the"
              + " VPC); a TargetServer would be a second resource to create per environment, which"
              + " the rule only recommends for CI/CD");

  @TempDir static Path dir;

  private static ApigeeLint lint;

  @BeforeAll
  static void install() throws IOException, InterruptedException {
    String why = ApigeeLint.whyUnavailable();
    if (why != null) {
      System.out.println("ApigeeLintTest skipped: " + why);
    }
    assumeTrue(why == null, () -> "apigeelint needs npm: " + why);
    lint = ApigeeLint.install(Files.createDirectories(dir.resolve("apigeelint")));
  }

  static final String TEMPLATE = "projects/my-project/locations/us-central1/templates/llm-gateway";
  static final String LOG = "projects/{organization.name}/logs/llm-gateway";

  static SemanticCacheSettings cache() {
    return SemanticCacheSettings.builder()
        .embeddingsUrl(
            "https://us-central1-aiplatform.googleapis.com/v1/projects/my-project/locations"
                + "/us-central1/publishers/google/models/text-embedding-005:predict")
        .findNeighborsUrl(
            "https://123.us-central1-456.vdb.vertexai.goog/v1/projects/456/locations/us-central1"
                + "/indexEndpoints/789:findNeighbors")
        .deployedIndexId("semantic_cache")
        .upsertDatapointsUrl(
            "https://us-central1-aiplatform.googleapis.com/v1/projects/456/locations/us-central1"
                + "/indexes/321:upsertDatapoints")
        .build();
  }

  static AiGatewayPreset.Builder everything() {
    return AiGatewayPreset.builder()
        .promptTokenRate("2000pm")
        .llmTokenQuota(true)
        .modelArmorTemplate(TEMPLATE)
        .semanticCache(cache())
        .logName(LOG);
  }

  /** The classic policy types in one proxy, next to everything the AI presets use. */
  static ApiProxyBundle everyPolicyType() {
    ApiProxyBundle ai = everything().targetUrl("http://10.0.0.5/v1").build().bundle();
    ProxyEndpoint proxy = ai.proxyEndpoints().get(0);
    Flow preFlow =
        proxy.preFlow().toBuilder()
            .addRequestStep(Step.of("SA-Spike"))
            .addRequestStep(Step.of("Q-Requests"))
            .addRequestStep(Step.of("AM-Header"))
            .addResponseStep(Step.of("RF-Teapot", "response.status.code = 418"))
            .build();
    return ai.toBuilder()
        .name("every-policy-type")
        .proxyEndpoints(List.of(proxy.toBuilder().preFlow(preFlow).build()))
        .addPolicy(SpikeArrestPolicy.builder().name("SA-Spike").rate("30ps").build())
        .addPolicy(
            QuotaPolicy.builder()
                .name("Q-Requests")
                .identifierRef("client_id")
                .allowCount(100L)
                .interval(1L)
                .timeUnit("minute")
                .build())
        .addPolicy(
            AssignMessagePolicy.builder()
                .name("AM-Header")
                .putSetHeader("x-gateway-inference-objective", "standard")
                .build())
        .addPolicy(RaiseFaultPolicy.builder().name("RF-Teapot").statusCode(503).build())
        .build();
  }

  static Stream<Arguments> bundles() {
    return Stream.of(
        Arguments.of("TokenQuotaPreset", TokenQuotaPreset.bundle()),
        Arguments.of("LlmTokenQuotaPreset", LlmTokenQuotaPreset.bundle("http://10.0.0.5/v1")),
        Arguments.of("PromptTokenLimitPreset", PromptTokenLimitPreset.bundle("2000pm")),
        Arguments.of("SemanticCachePreset", SemanticCachePreset.bundle(cache())),
        Arguments.of("ModelArmorPreset", ModelArmorPreset.bundle(TEMPLATE)),
        Arguments.of("LlmLoggingPreset", LlmLoggingPreset.bundle(LOG)),
        Arguments.of("AiGatewayPreset without target", everything().build().bundle()),
        Arguments.of(
            "AiGatewayPreset with target",
            everything().targetUrl("http://10.0.0.5/v1").build().bundle()),
        Arguments.of("every policy type", everyPolicyType()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void bundle_hasNoApigeelintErrorsAndOnlyKeptWarnings(String name, ApiProxyBundle bundle)
      throws IOException, InterruptedException {
    List<ApigeeLint.Finding> findings =
        lint.lint(bundle, Files.createDirectories(dir.resolve(name.replace(' ', '-'))));
    findings.forEach(f -> System.out.println("apigeelint " + name + ": " + f));
    List<ApigeeLint.Finding> errors =
        findings.stream().filter(f -> f.severity() == 2).collect(Collectors.toList());
    assertEquals(List.of(), errors, name);
    List<ApigeeLint.Finding> unexpected =
        findings.stream()
            .filter(f -> !KEPT_WARNINGS.containsKey(f.rule()))
            .collect(Collectors.toList());
    assertEquals(List.of(), unexpected, name + ": warnings not in KEPT_WARNINGS");
  }

  @Test
  void linter_reportsTheErrorsTheBuilderPrevents() throws IOException, InterruptedException {
    // A hand-written AssignMessage that changes nothing (PO034), which AssignMessagePolicy refuses:
    // proves the harness sees errors, so that the zero above means something.
    Policy idle =
        new Policy() {
          @Override
          public String name() {
            return "AM-Idle";
          }

          @Override
          public String toXml() {
            return "<AssignMessage name=\"AM-Idle\"><AssignTo createNew=\"false\" type=\"request\"/>"
                + "</AssignMessage>";
          }
        };
    ApiProxyBundle bad =
        ApiProxyBundle.builder()
            .name("bad")
            .addPolicy(idle)
            .addProxyEndpoint(
                ProxyEndpoint.builder()
                    .basePath("/bad")
                    .preFlow(
                        Flow.builder().name("PreFlow").addRequestStep(Step.of("AM-Idle")).build())
                    .build())
            .build();
    List<ApigeeLint.Finding> findings =
        lint.lint(bad, Files.createDirectories(dir.resolve("canary")));
    assertTrue(
        findings.stream().anyMatch(f -> f.severity() == 2 && f.rule().equals("PO034")),
        findings.toString());
  }
}
