package dev.llmgateway.examples;

import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.SharedParts;
import dev.llmgateway.admin.stack.StackResult;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code GuideStack destroy}: the stack removed in reverse order. */
@Command(
    name = "destroy",
    sortOptions = false,
    header = "Delete the stack in reverse order.",
    description = {
      "Delete the stack in reverse order, waiting until each part is gone; parts that do not"
          + " exist are skipped. Keeps the API product while other apps use it, the developer while"
          + " it owns other apps and the proxy while it is deployed elsewhere."
    })
final class DestroyCommand extends StackCommand {

  @Option(
      names = "--delete-shared",
      description = "Delete shared parts too, whoever else uses them.")
  boolean deleteShared;

  @Override
  void configure(InferenceGatewayStack.Builder builder, PrintWriter out) {
    builder.listener(event -> out.println(event.line()));
  }

  @Override
  int run(InferenceGatewayStack stack, PrintWriter out) {
    StackResult result =
        stack.destroy(deleteShared ? SharedParts.DELETE : SharedParts.KEEP_IF_USED);
    out.println("destroy: " + result.steps().size() + " steps");
    result.kept().forEach(k -> out.println("kept " + k));
    return 0;
  }
}
