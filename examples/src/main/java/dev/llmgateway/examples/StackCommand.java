package dev.llmgateway.examples;

import dev.llmgateway.admin.stack.InferenceGatewayStack;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A sub-command of {@link GuideStack} that works on the live stack: builds it from the flags with a
 * Kubernetes client for the kubeconfig, runs, and closes both.
 */
abstract class StackCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Mixin StackOptions stackOptions = new StackOptions();

  @Mixin TargetOptions target = new TargetOptions();

  @Mixin HelpOption help = new HelpOption();

  /** Lets a command set more on the builder, such as the listener. */
  void configure(InferenceGatewayStack.Builder builder, PrintWriter out) {}

  /** Runs the command on the stack and returns the exit status. */
  abstract int run(InferenceGatewayStack stack, PrintWriter out);

  @Override
  public Integer call() {
    PrintWriter out = out();
    try (KubernetesClient kube = target.kubernetesClient()) {
      InferenceGatewayStack.Builder builder = target.stack(stackOptions.inputs(null), kube);
      configure(builder, out);
      try (InferenceGatewayStack stack = builder.build()) {
        int status = run(stack, out);
        out.flush();
        return status;
      }
    }
  }

  PrintWriter out() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec.commandLine().getOut();
  }
}
