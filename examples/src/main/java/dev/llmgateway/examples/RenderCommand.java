package dev.llmgateway.examples;

import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.stack.InferenceGatewayStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code GuideStack render}: the cluster objects as YAML, contacting nothing. */
@Command(
    name = "render",
    sortOptions = false,
    header = "Print the cluster objects as YAML, like helm template.",
    description = {
      "Print every cluster object of the stack as multi-document YAML, like helm template;"
          + " contacts no cluster."
    })
final class RenderCommand implements Callable<Integer> {

  @Spec @Nullable CommandSpec spec;

  @Mixin StackOptions stackOptions = new StackOptions();

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the YAML to this file instead of standard output.")
  @Nullable Path output;

  @Mixin HelpOption help = new HelpOption();

  @Override
  public Integer call() {
    String yaml;
    try (InferenceGatewayStack stack =
        InferenceGatewayStack.builder()
            .inputs(stackOptions.inputs(GuideResources.DEFAULT_MODEL_SERVER_LABEL))
            .build()) {
      yaml = stack.render();
    }
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(yaml);
      out.flush();
      return 0;
    }
    try {
      Files.writeString(output, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    }
    spec.commandLine().getErr().println("wrote " + output);
    return 0;
  }
}
