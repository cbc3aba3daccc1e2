package dev.llmgateway.admin.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan and status tables and the progress lines an operator reads. */
class StackReportsTest {

  private static PlannedChange.Builder change(Target target, String kind, String name) {
    return PlannedChange.builder().target(target).kind(kind).name(name);
  }

  @Test
  void planTable_columnsAlignedChangesAndNotesInTheLastColumn() {
    StackPlan plan =
        StackPlan.of(
            List.of(
                change(Target.CLUSTER, "Gateway", "ns/inference-gateway")
                    .action(ChangeAction.UNCHANGED)
                    .build(),
                change(Target.CLUSTER, "APIOperationSet", "ns/item-set")
                    .action(ChangeAction.UPDATE)
                    .addChangedField("spec.quota.limit")
                    .build(),
                change(Target.APIGEE, "developer", "dev@example.com")
                    .action(ChangeAction.CREATE)
                    .build(),
                change(Target.APIGEE, "app", "dev@example.com/old")
                    .action(ChangeAction.DELETE_ORPHAN)
                    .note("tagged with this stack but no longer part of it")
                    .build()));

    assertEquals(
        "TARGET   ACTION         KIND             NAME                  CHANGES\n"
            + "cluster  UNCHANGED      Gateway          ns/inference-gateway\n"
            + "cluster  UPDATE         APIOperationSet  ns/item-set           spec.quota.limit\n"
            + "apigee   CREATE         developer        dev@example.com\n"
            + "apigee   DELETE-ORPHAN  app              dev@example.com/old   tagged with this"
            + " stack but no longer part of it\n"
            + "Plan: 1 to create, 1 to update, 1 to delete, 1 unchanged.\n",
        plan.toTable());
    assertTrue(plan.hasChanges());
    assertFalse(StackPlan.of(List.of(plan.changes().get(0))).hasChanges());
  }

  @Test
  void statusTable_saysWhatIsNotReadyAndWhy() {
    StackStatus status =
        StackStatus.of(
            List.of(
                PartStatus.builder()
                    .target(Target.CLUSTER)
                    .kind("Gateway")
                    .name("ns/gw")
                    .ready(true)
                    .detail("Programmed=True")
                    .build(),
                PartStatus.builder()
                    .target(Target.APIGEE)
                    .kind("deployment")
                    .name("proxy@env")
                    .ready(false)
                    .detail("revision 2 PROGRESSING")
                    .build()));

    assertEquals(
        "TARGET   KIND        NAME       READY  DETAIL\n"
            + "cluster  Gateway     ns/gw      yes    Programmed=True\n"
            + "apigee   deployment  proxy@env  NO     revision 2 PROGRESSING\n"
            + "Status: 1 of 2 parts ready.\n",
        status.toTable());
    assertFalse(status.ready());
    assertEquals("proxy@env", status.notReady().get(0).name());
  }

  @Test
  void eventLines_stepsNumberedAndWaitsIndentedBelowThem() {
    StackEvent.Builder base =
        StackEvent.builder().operation("apply").step(3).totalSteps(31).subject("Gateway ns/gw");

    assertEquals(
        "[ 3/31] Gateway ns/gw: CREATED, ready (Programmed=True)",
        base.type(StackEvent.Type.STEP)
            .outcome(Outcome.CREATED)
            .message("ready (Programmed=True)")
            .build()
            .line());
    assertEquals(
        "        Gateway ns/gw: waiting until ready (now: Programmed=False)",
        StackEvent.builder()
            .operation("apply")
            .step(3)
            .totalSteps(31)
            .subject("Gateway ns/gw")
            .type(StackEvent.Type.WAITING)
            .message("waiting until ready (now: Programmed=False)")
            .build()
            .line());
  }
}
