package dev.llmgateway.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints every cluster object of the setup guide as multi-document YAML, like {@code helm template}
 * plus the guide's heredocs, without contacting any cluster: the same as {@code GuideStack render}
 * and with the same flags, kept under this name for the command lines that use it.
 *
 * <pre>{@code
 * mvn -B -q -Pfast -DskipTests -pl examples -am package exec:java \
 *   -Dexec.mainClass=dev.llmgateway.examples.RenderGuide \
 *   -Dexec.args="--namespace ira-online-gpu --project my-project-id --output guide.yaml"
 * }</pre>
 *
 * <p>Flags (defaults follow the guide; {@code --help} lists all): {@code --namespace}, {@code
 * --model-server-label} (the model-server pods' {@code app} label, also the chart release name),
 * {@code --apigee-env}, {@code --project}, {@code --region}, {@code --network}, {@code --subnet},
 * {@code --product}, {@code --quota-per-minute}, {@code --gateway-name}; and {@code --output FILE}
 * to write the YAML to a file instead of standard output (Maven 3.8's {@code exec:java} prefixes
 * standard output with terminal escape codes).
 */
public final class RenderGuide {

  private RenderGuide() {}

  /**
   * Renders the guide's objects; exits with status 2 on a bad flag or value, 1 on a write error.
   *
   * @param args flags as described in the class documentation
   */
  public static void main(String[] args) {
    int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Renders the guide's objects.
   *
   * @param args flags as described in the class documentation
   * @param out where the YAML goes
   * @param err where errors and usage go
   * @return the exit status: 0 on success, 1 when the output file cannot be written, 2 on a bad
   *     flag or value
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return CommandLines.execute(new RenderCommand(), "RenderGuide", 2, args, out, err);
  }
}
