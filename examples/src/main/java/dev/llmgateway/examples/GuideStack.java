package dev.llmgateway.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The setup guide as one stack from the command line: {@code render}, {@code plan}, {@code apply},
 * {@code status} and {@code destroy}, with the guide's inputs as flags (see {@code --help} of
 * each). It targets the cluster of the current kubeconfig ({@code KUBECONFIG} or {@code
 * ~/.kube/config}, as kubectl does, or {@code --kubeconfig}) and the Apigee management API at
 * {@code --apigee-url} with {@code --access-token} or application default credentials.
 *
 * <pre>
 * mvn -B -q -Pfast -DskipTests -pl examples -am package exec:java \
 *   -Dexec.mainClass=dev.llmgateway.examples.GuideStack \
 *   -Dexec.args="plan --project my-project-id --developer-email dev@example.com"
 * </pre>
 *
 * <p>Exit status: 0 on success; 1 on an error (the cluster or Apigee refused, a wait timed out); 2
 * on a bad flag or value (picocli's usage error status), and from {@code plan --detailed-exitcode}
 * when changes are pending; 3 from {@code status} when a part is not ready. With {@code
 * --detailed-exitcode} anywhere in the arguments a bad flag or value exits 1, as {@code terraform
 * plan} does, so that a typo never reads as "changes pending".
 */
@Command(
    name = "GuideStack",
    sortOptions = false,
    subcommands = {
      RenderCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      StatusCommand.class,
      DestroyCommand.class
    },
    description = {
      "The GKE Inference Gateway and Apigee setup guide as one stack: render, plan, apply, status"
          + " and destroy its cluster objects and Apigee entities."
    },
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {
      "0:Success.",
      "1:An error: the cluster or Apigee refused, a wait timed out.",
      "2:A bad flag or value; plan --detailed-exitcode: changes pending (there a bad flag"
          + " exits 1).",
      "3:status: a part is not ready."
    })
public final class GuideStack implements Runnable {

  @Spec @Nullable CommandSpec spec;

  @Mixin HelpOption help = new HelpOption();

  GuideStack() {}

  /**
   * Runs a sub-command and exits with its status.
   *
   * @param args the sub-command and its flags
   */
  public static void main(String[] args) {
    int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
    System.exit(status);
  }

  /**
   * Runs a sub-command.
   *
   * @param args the sub-command and its flags
   * @param out where results go
   * @param err where errors go
   * @return the exit status, see the class documentation
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    int usageStatus = Arrays.asList(args).contains("--detailed-exitcode") ? 1 : 2;
    return CommandLines.execute(new GuideStack(), "GuideStack", usageStatus, args, out, err);
  }

  /** Without a sub-command, prints the usage. */
  @Override
  public void run() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    throw new ParameterException(
        spec.commandLine(), "a sub-command is required: render, plan, apply, status or destroy");
  }
}
