package dev.llmgateway.examples;

import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.stack.InferenceGatewayStack;
import dev.llmgateway.admin.stack.StackResult;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code GuideStack apply}: the plan carried out, one line per step. */
@Command(
    name = "apply",
    sortOptions = false,
    header = "Apply the stack in order, with waits and a smoke test.",
    description = {
      "Apply the stack in order with waits, one line per step: the cluster objects, the API"
          + " product, developer, app, token-quota proxy and its deployment, orphans, then a smoke"
          + " test. Safe to run again: what is done is only read, so it resumes after a failure."
    })
final class ApplyCommand extends StackCommand {

  @Option(names = "--no-smoke-test", description = "Skip the smoke test after apply.")
  boolean noSmokeTest;

  @Option(
      names = "--smoke-test-timeout",
      paramLabel = "SECONDS",
      description =
          "How long the smoke test waits for Apigee to accept the app's key (default:"
              + " ${DEFAULT-VALUE}).")
  long smokeTestSeconds = 180;

  @Option(
      names = "--force-conflicts",
      description = "Take over fields other field managers own instead of failing.")
  boolean forceConflicts;

  @Option(
      names = "--print-key",
      description = "Print the app's key last, on a line of its own (it is a secret).")
  boolean printKey;

  @Override
  void configure(InferenceGatewayStack.Builder builder, PrintWriter out) {
    builder
        .listener(event -> out.println(event.line()))
        .smokeTest(!noSmokeTest)
        .smokeTestTimeout(Duration.ofSeconds(smokeTestSeconds), Duration.ofSeconds(10));
    if (forceConflicts) {
      builder.fieldManager(KubernetesApplier.FIELD_MANAGER, true);
    }
  }

  @Override
  int run(InferenceGatewayStack stack, PrintWriter out) {
    StackResult result = stack.apply();
    out.println(
        "apply: "
            + result.steps().size()
            + " steps, "
            + (result.changed() ? "changes made" : "nothing changed"));
    result
        .smokeTest()
        .ifPresent(s -> out.println("smoke test: " + s.gatewayUrl() + " answered: " + s.answer()));
    if (printKey) {
      out.println(
          stack
              .apiKey()
              .orElseThrow(() -> new IllegalStateException("the app has no approved key"))
              .value());
    }
    return 0;
  }
}
