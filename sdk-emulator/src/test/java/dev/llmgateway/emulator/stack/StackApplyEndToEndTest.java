package dev.llmgateway.emulator.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.stack.ChangeAction;
import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.Outcome;
import dev.llmgateway.admin.stack.PlannedChange;
import dev.llmgateway.admin.stack.StackEvent;
import dev.llmgateway.admin.stack.StackInputs;
import dev.llmgateway.admin.stack.StackPlan;
import dev.llmgateway.admin.stack.StackResult;
import dev.llmgateway.admin.stack.StackStepException;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole stack planned, applied, applied again and resumed against the emulator's APIs. */
class StackApplyEndToEndTest {

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
  void apply_onAnEmptyCluster_createsEveryPartAndTheAppsKeyGetsAnswers() {
    InferenceGatewayStack stack = fixture.stack(StackInputs.defaults());
    StackPlan plan = stack.plan();
    assertEquals(plan.changes().size(), plan.count(ChangeAction.CREATE), plan.toTable());
    assertEquals(30, plan.changes().size());

    StackResult applied = stack.apply();

    assertTrue(applied.changed());
    assertEquals(
        32, applied.steps().size(), "label, 25 objects, product, developer, app, 2 proxy, smoke");
    assertEquals(
        List.of(Outcome.PASSED),
        applied.steps().stream().map(s -> s.outcome().orElseThrow()).limit(1).toList());
    assertEquals("Paris.", applied.smokeTest().orElseThrow().answer());
    assertEquals(
        "HTTP 401 steps.oauth.v2.FailedToResolveAPIKey",
        applied.smokeTest().orElseThrow().faultWithoutKey());
    assertEquals(applied.steps(), fixture.steps(), "one STEP event per step, in order");
    assertTrue(stack.status().ready(), stack.status().toTable());
    String key = stack.apiKey().orElseThrow().value();
    try (GatewayClient client =
        GatewayClient.builder().baseUrl(fixture.emulator().baseUrl()).apiKey(key).build()) {
      assertEquals(
          "Paris.",
          client.chat().create(question()).choices().get(0).message().content().orElseThrow());
    }
  }

  @Test
  void apply_twice_secondPlanIsUnchangedAndSecondApplySendsNoWrite() {
    InferenceGatewayStack stack = fixture.stack(StackInputs.defaults());
    stack.apply();
    int revisions =
        fixture.calls().apigeeClient().apiProxies().get("apigee-llm-inf-gw").revisions().size();

    fixture.calls().clear();
    StackPlan second = stack.plan();
    StackResult again = stack.apply();

    assertFalse(second.hasChanges(), second.toTable());
    assertEquals(second.changes().size(), second.count(ChangeAction.UNCHANGED));
    assertFalse(again.changed());
    for (StackEvent step : again.steps()) {
      Outcome outcome = step.outcome().orElseThrow();
      assertTrue(outcome == Outcome.UNCHANGED || outcome == Outcome.PASSED, step.line());
    }
    assertEquals(List.of(), fixture.calls().kubeWrites());
    assertEquals(List.of(), fixture.calls().apigeeWrites());
    assertTrue(fixture.calls().kube.stream().anyMatch(c -> c.contains("dryRun=All")));
    assertEquals(
        revisions,
        fixture.calls().apigeeClient().apiProxies().get("apigee-llm-inf-gw").revisions().size());
  }

  @Test
  void apply_failingHalfWay_resumesWithoutRewritingWhatIsDone() {
    InferenceGatewayStack stack = fixture.stack(StackInputs.defaults());
    fixture
        .calls()
        .failNextKube(
            c -> c.startsWith("PATCH") && c.contains("/gateways/") && !c.contains("dryRun"));

    StackStepException failed = assertThrows(StackStepException.class, stack::apply);

    assertEquals("Gateway ira-online-gpu/inference-gateway", failed.subject());
    assertEquals(21, failed.step());
    assertTrue(failed.getMessage().contains("steps 1-20 are done"), failed.getMessage());
    StackPlan rest = stack.plan();
    List<PlannedChange> before = rest.changes().subList(0, 19);
    assertTrue(before.stream().allMatch(c -> c.action() == ChangeAction.UNCHANGED), rest.toTable());
    assertEquals(ChangeAction.CREATE, rest.changes().get(19).action(), rest.toTable());

    fixture.calls().clear();
    StackResult resumed = stack.apply();

    assertEquals("Paris.", resumed.smokeTest().orElseThrow().answer());
    List<String> writes = fixture.calls().kubeWrites();
    assertEquals(6, writes.size(), "Gateway and the five objects after it: " + writes);
    assertTrue(writes.get(0).contains("/gateways/inference-gateway"), writes.toString());
    assertEquals(
        List.of(Outcome.UNCHANGED),
        resumed.steps().subList(1, 20).stream()
            .map(s -> s.outcome().orElseThrow())
            .distinct()
            .toList());
  }

  static ChatCompletionRequest question() {
    return ChatCompletionRequest.builder()
        .model(StackInputs.DEFAULT_MODEL)
        .addUserMessage("What is the capital of France?")
        .build();
  }
}
