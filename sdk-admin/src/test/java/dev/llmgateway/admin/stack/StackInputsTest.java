package dev.llmgateway.admin.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StackInputsTest {

  @Test
  void defaults_areTheGuides() {
    StackInputs in = StackInputs.defaults();
    assertEquals(GuideResources.DEFAULT_NAMESPACE, in.namespace());
    assertEquals(Optional.empty(), in.modelServerLabel());
    assertEquals("/gcs/google/gemma-3-1b-it", in.modelName());
    assertEquals("inference-gateway", in.gatewayName());
    assertEquals("inference-gateway", in.name());
    assertEquals(InferenceGateways.REGIONAL_EXTERNAL_CLASS, in.gatewayClassName());
    assertEquals(80, in.gatewayPort());
    assertEquals("my-project-id", in.organization());
    assertEquals("apim-enabled-dep-env", in.apigeeEnv());
    assertEquals("us-central1", in.region());
    assertEquals("acp-dev", in.subnet());
    assertEquals("api-inf-gw-product", in.productName());
    assertEquals(100, in.quotaPerMinute());
    assertEquals(TokenQuotaPreset.DEFAULT_PROXY_NAME, in.proxyName());
    assertTrue(in.tokenQuotaProxy());
  }

  @Test
  void derivedDefaults_followTheInputsTheyDeriveFrom() {
    StackInputs in =
        StackInputs.builder().project("acme-prod").network("prod-net").gatewayName("gw").build();
    assertEquals("acme-prod", in.organization());
    assertEquals("prod-net", in.subnet());
    assertEquals("gw", in.name());
    StackInputs explicit = in.toBuilder().organization("acme-apigee").subnet("psc").build();
    assertEquals("acme-apigee", explicit.organization());
    assertEquals("psc", explicit.subnet());
  }

  @Test
  void build_badInput_namesTheField() {
    assertMessage("namespace must match", () -> StackInputs.builder().namespace("Team A").build());
    assertMessage(
        "modelServerLabel must be at most 53",
        () -> StackInputs.builder().modelServerLabel("a".repeat(54)).build());
    assertMessage("gatewayPort must be", () -> StackInputs.builder().gatewayPort(0).build());
    assertMessage("quotaPerMinute must be", () -> StackInputs.builder().quotaPerMinute(0).build());
    assertMessage(
        "developer must be lowercase",
        () -> StackInputs.builder().developerEmail("Dev@Example.com").build());
    assertMessage(
        "apigeeEnv must not be blank", () -> StackInputs.builder().apigeeEnv(" ").build());
  }

  @Test
  void build_replacedPartWithAnotherName_saysWhichInputToSet() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StackInputs.builder().app(DeveloperApp.builder().name("mobile").build()).build());
    assertEquals(
        "app.name is 'mobile' but appName is 'llm-inf-gw-app': the other parts refer to appName;"
            + " set appName(\"mobile\") too",
        e.getMessage());
    assertMessage(
        "gateway.metadata.name is 'edge'",
        () -> StackInputs.builder().gateway(InferenceGateways.gateway("edge", null)).build());
    assertMessage(
        "InferenceObjective chat has metadata.namespace 'other'",
        () ->
            StackInputs.builder()
                .objective(
                    InferenceObjective.builder()
                        .name("chat")
                        .namespace("other")
                        .poolName("p")
                        .build())
                .build());
  }

  private static void assertMessage(String start, Runnable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }
}
