package dev.llmgateway.examples;

import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.StackPlan;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code GuideStack plan}: what apply would do, part by part. */
@Command(
    name = "plan",
    sortOptions = false,
    header = "Show what apply would change, part by part.",
    description = {
      "Compare every part with the live cluster and Apigee organization and print what apply"
          + " would do: CREATE, UPDATE (with the changed fields), UNCHANGED or DELETE-ORPHAN."
          + " Only reads."
    })
final class PlanCommand extends StackCommand {

  @Option(
      names = "--detailed-exitcode",
      description =
          "Exit 2 when changes are pending, 0 when none, 1 on errors including a bad flag,"
              + " as terraform plan.")
  boolean detailedExitCode;

  @Override
  int run(InferenceGatewayStack stack, PrintWriter out) {
    StackPlan plan = stack.plan();
    out.print(plan.toTable());
    return detailedExitCode && plan.hasChanges() ? 2 : 0;
  }
}
