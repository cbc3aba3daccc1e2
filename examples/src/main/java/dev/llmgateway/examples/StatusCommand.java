package dev.llmgateway.examples;

import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.StackStatus;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code GuideStack status}: each part's readiness. */
@Command(
    name = "status",
    sortOptions = false,
    header = "Show each part's readiness.",
    description = {
      "Print each part's readiness, with the reason when it is not ready. Exits 0 when every part"
          + " is ready, 3 when one is not. Only reads."
    })
final class StatusCommand extends StackCommand {

  @Override
  int run(InferenceGatewayStack stack, PrintWriter out) {
    StackStatus status = stack.status();
    out.print(status.toTable());
    return status.ready() ? 0 : 3;
  }
}
