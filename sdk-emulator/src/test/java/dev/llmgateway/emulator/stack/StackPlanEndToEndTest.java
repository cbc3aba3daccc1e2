package dev.llmgateway.emulator.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.stack.ChangeAction;
import dev.llmgateway.admin.stack.DiscoveryException;
import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.PlannedChange;
import dev.llmgateway.admin.stack.StackInputs;
import dev.llmgateway.admin.stack.StackPlan;
import dev.llmgateway.admin.stack.Target;
import dev.llmgateway.emulator.EmulatedModel;
import dev.llmgateway.emulator.GatewayEmulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plans of a stack whose inputs changed after an apply, and discovery against the emulator. */
class StackPlanEndToEndTest {

  private static final String LABEL = "vllm-l4-gemma-3-1b-it";

  @Test
  void plan_afterInputsChanged_listsUpdatedFieldsAndOrphansWhichApplyDeletes() {
    try (StackFixture fixture = new StackFixture()) {
      fixture.stack(StackInputs.defaults()).apply();
      StackInputs changed =
          StackInputs.builder()
              .quotaPerMinute(5)
              .appName("second-app")
              .objective(
                  InferenceObjective.builder()
                      .name("chat-objective")
                      .priority(2)
                      .poolName(LABEL)
                      .build())
              .build();
      InferenceGatewayStack stack = fixture.stack(changed);

      StackPlan plan = stack.plan();

      assertEquals(
          List.of("spec.quota.limit"),
          find(plan, Target.CLUSTER, "APIOperationSet", "ira-online-gpu/item-set").changedFields(),
          plan.toTable());
      assertEquals(
          List.of("quota: 100 per 1 minute -> 5 per 1 minute"),
          find(plan, Target.APIGEE, "API product", "api-inf-gw-product").changedFields());
      assertEquals(
          ChangeAction.CREATE,
          find(plan, Target.CLUSTER, "InferenceObjective", "ira-online-gpu/chat-objective")
              .action());
      assertEquals(
          ChangeAction.DELETE_ORPHAN,
          find(plan, Target.CLUSTER, "InferenceObjective", "ira-online-gpu/food-review").action());
      assertEquals(
          ChangeAction.DELETE_ORPHAN,
          find(plan, Target.APIGEE, "app", StackInputs.DEFAULT_DEVELOPER + "/llm-inf-gw-app")
              .action());
      assertEquals(
          ChangeAction.CREATE,
          find(plan, Target.APIGEE, "app", StackInputs.DEFAULT_DEVELOPER + "/second-app").action());
      assertEquals(6, plan.changes().size() - plan.count(ChangeAction.UNCHANGED), plan.toTable());
      assertTrue(plan.toTable().contains("Plan: 2 to create, 2 to update, 2 to delete, "));

      stack.apply();

      assertFalse(stack.plan().hasChanges(), stack.plan().toTable());
      assertNull(
          fixture
              .calls()
              .kubernetesClient()
              .resources(InferenceObjective.class)
              .inNamespace("ira-online-gpu")
              .withName("food-review")
              .get());
      assertTrue(
          fixture
              .calls()
              .apigeeClient()
              .developerApps()
              .find(StackInputs.DEFAULT_DEVELOPER, "llm-inf-gw-app")
              .isEmpty());
    }
  }

  @Test
  void plan_withoutTheTokenQuotaProxy_listsItsDeploymentAsAnOrphan() {
    try (StackFixture fixture = new StackFixture()) {
      fixture.builder(StackInputs.defaults()).smokeTest(false).build().apply();

      StackPlan plan = fixture.stack(StackInputs.builder().tokenQuotaProxy(false).build()).plan();

      PlannedChange orphan =
          find(plan, Target.APIGEE, "deployment", "apigee-llm-inf-gw@apim-enabled-dep-env");
      assertEquals(ChangeAction.DELETE_ORPHAN, orphan.action());
      assertEquals(1, plan.changes().size() - plan.count(ChangeAction.UNCHANGED), plan.toTable());
    }
  }

  @Test
  void discovery_twoModelServerLabels_failsNamingBoth() {
    try (StackFixture fixture =
        new StackFixture(
            GatewayEmulator.builder()
                .addModel(EmulatedModel.builder().name("/gcs/a/model-a").poolName("vllm-a").build())
                .addModel(
                    EmulatedModel.builder().name("/gcs/b/model-b").poolName("vllm-b").build()))) {
      InferenceGatewayStack stack = fixture.stack(StackInputs.defaults());

      DiscoveryException e = assertThrows(DiscoveryException.class, stack::plan);

      assertEquals(
          "pods in namespace ira-online-gpu have 2 different app labels: vllm-a (2 pods), vllm-b"
              + " (2 pods); set modelServerLabel (--model-server-label) to the model servers'"
              + " label",
          e.getMessage());
      assertEquals(
          "vllm-b",
          fixture
              .stack(StackInputs.builder().modelServerLabel("vllm-b").build())
              .modelServerLabel());
    }
  }

  @Test
  void discovery_namespaceWithoutModelServers_failsSayingWhatToDo() {
    try (StackFixture fixture = new StackFixture()) {
      InferenceGatewayStack stack =
          fixture.stack(StackInputs.builder().namespace("team-b").build());

      DiscoveryException e = assertThrows(DiscoveryException.class, stack::apply);

      assertTrue(
          e.getMessage().startsWith("no running pod in namespace team-b has an app label (0 pods"),
          e.getMessage());
      assertEquals(List.of(), fixture.calls().kubeWrites());
    }
  }

  private static PlannedChange find(StackPlan plan, Target target, String kind, String name) {
    return plan.changes().stream()
        .filter(c -> c.target() == target && c.kind().equals(kind) && c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + name + " not in\n" + plan.toTable()));
  }
}
