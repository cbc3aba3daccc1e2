package dev.llmgateway.emulator.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.ApigeeClient;
import dev.llmgateway.admin.apigee.model.Developer;
import dev.llmgateway.admin.apigee.model.DeveloperApp;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.Outcome;
import dev.llmgateway.admin.stack.SharedParts;
import dev.llmgateway.admin.stack.StackEvent;
import dev.llmgateway.admin.stack.StackInputs;
import dev.llmgateway.admin.stack.StackResult;
import dev.llmgateway.admin.stack.StackStepException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Destroy against the emulator: reverse order, partly created stacks, shared products. */
class StackDestroyEndToEndTest {

  private StackFixture fixture;

  @BeforeEach
  void start() {
    fixture = new StackFixture();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void destroy_afterApply_removesEveryPartAndLeavesTheModelServers() {
    InferenceGatewayStack stack = fixture.stack(StackInputs.defaults());
    stack.apply();
    List<HasMetadata> objects = stack.objects();

    StackResult destroyed = stack.destroy();

    assertEquals(List.of(), destroyed.kept());
    assertEquals(
        Map.of(Outcome.DELETED, 29L),
        destroyed.steps().stream()
            .collect(Collectors.groupingBy(s -> s.outcome().orElseThrow(), Collectors.counting())));
    assertEquals(
        "deployment apigee-llm-inf-gw@apim-enabled-dep-env", destroyed.steps().get(0).subject());
    assertEquals(
        "ServiceAccount ira-online-gpu/vllm-l4-gemma-3-1b-it-metrics-reader-sa",
        destroyed.steps().get(destroyed.steps().size() - 1).subject());
    assertGone(objects);
    ApigeeClient apigee = fixture.calls().apigeeClient();
    assertTrue(apigee.developers().find(StackInputs.DEFAULT_DEVELOPER).isEmpty());
    assertTrue(apigee.apiProxies().find("apigee-llm-inf-gw").isEmpty());
    assertTrue(apigee.apiProducts().find("api-inf-gw-product").isEmpty());
    assertEquals(
        2,
        fixture
            .calls()
            .kubernetesClient()
            .pods()
            .inNamespace("ira-online-gpu")
            .list()
            .getItems()
            .size());
  }

  @Test
  void destroy_ofAStackThatFailedHalfWay_deletesWhatExistsAndSkipsTheRest() {
    InferenceGatewayStack stack = fixture.stack(StackInputs.defaults());
    fixture
        .calls()
        .failNextKube(
            c -> c.startsWith("PATCH") && c.contains("/httproutes/") && !c.contains("dryRun"));
    assertThrows(StackStepException.class, stack::apply);
    List<HasMetadata> objects = stack.objects();

    StackResult destroyed = stack.destroy();

    Map<Outcome, List<String>> by =
        destroyed.steps().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.outcome().orElseThrow(),
                    Collectors.mapping(StackEvent::subject, Collectors.toList())));
    assertEquals(20, by.get(Outcome.DELETED).size(), by.toString());
    assertEquals(9, by.get(Outcome.ABSENT).size(), by.toString());
    assertTrue(
        by.get(Outcome.ABSENT).contains("HTTPRoute ira-online-gpu/llm-route"), by.toString());
    assertTrue(by.get(Outcome.ABSENT).contains("developer " + StackInputs.DEFAULT_DEVELOPER));
    assertGone(objects);
  }

  @Test
  void destroy_whileAnotherAppUsesTheProduct_keepsTheProductUnlessToldOtherwise() {
    InferenceGatewayStack stack = fixture.stack(StackInputs.defaults());
    stack.apply();
    ApigeeClient apigee = fixture.calls().apigeeClient();
    apigee
        .developers()
        .create(
            Developer.builder()
                .email("other@example.com")
                .firstName("O")
                .lastName("Ther")
                .userName("other")
                .build());
    apigee
        .developerApps()
        .create(
            "other@example.com",
            DeveloperApp.builder().name("other-app").addApiProduct("api-inf-gw-product").build());
    KubernetesClient kube = fixture.calls().kubernetesClient();

    StackResult kept = stack.destroy();

    assertEquals(2, kept.kept().size(), kept.kept().toString());
    assertTrue(
        kept.kept().get(0).startsWith("APIOperationSet ira-online-gpu/item-set: API product"));
    assertTrue(kept.kept().get(1).contains("other@example.com/other-app"), kept.kept().toString());
    assertNotNull(
        kube.resources(ApiProduct.class)
            .inNamespace("ira-online-gpu")
            .withName("api-inf-gw-product")
            .get());
    assertTrue(apigee.apiProducts().find("api-inf-gw-product").isPresent());
    assertTrue(apigee.developers().find(StackInputs.DEFAULT_DEVELOPER).isEmpty());

    StackResult all = stack.destroy(SharedParts.DELETE);

    assertEquals(List.of(), all.kept());
    assertNull(
        kube.resources(ApiProduct.class)
            .inNamespace("ira-online-gpu")
            .withName("api-inf-gw-product")
            .get());
    assertTrue(apigee.apiProducts().find("api-inf-gw-product").isEmpty());
  }

  private void assertGone(List<HasMetadata> objects) {
    KubernetesClient kube = fixture.calls().kubernetesClient();
    for (HasMetadata o : objects) {
      assertNull(kube.resource(o).get(), o.getKind() + " " + o.getMetadata().getName());
    }
  }
}
