package dev.llmgateway.examples;

import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.Manifests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints every cluster object of the setup guide as multi-document YAML, like {@code helm template}
 * plus the guide's heredocs, without contacting any cluster.
 *
 * <pre>{@code
 * mvn -B -q -Pfast -DskipTests -pl examples -am package exec:java \
 *   -Dexec.mainClass=dev.llmgateway.examples.RenderGuide \
 *   -Dexec.args="--namespace ira-online-gpu --project my-project-id --output guide.yaml"
 * }</pre>
 *
 * <p>Flags (each takes a value; defaults follow the guide): {@code --namespace}, {@code
 * --model-server-label} (the model-server pods' {@code app} label, also the chart release name),
 * {@code --apigee-env}, {@code --project}, {@code --region}, {@code --network}, {@code --subnet};
 * and {@code --output FILE} to write the YAML to a file instead of standard output (Maven 3.8's
 * {@code exec:java} prefixes standard output with terminal escape codes).
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
    GuideResources.Builder guide = GuideResources.builder();
    Path output = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (flag.equals("-h") || flag.equals("--help")) {
          out.println(usage());
          return 0;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(flag + " needs a value");
        }
        String value = args[++i];
        switch (flag) {
          case "--namespace" -> guide.namespace(value);
          case "--model-server-label" -> guide.modelServerLabel(value);
          case "--apigee-env" -> guide.apigeeEnv(value);
          case "--project" -> guide.project(value);
          case "--region" -> guide.region(value);
          case "--network" -> guide.network(value);
          case "--subnet" -> guide.subnet(value);
          case "--output" -> output = Path.of(value);
          default -> throw new IllegalArgumentException("unknown flag " + flag);
        }
      }
      String yaml = Manifests.toYaml(guide.build().objects());
      if (output == null) {
        out.print(yaml);
        out.flush();
      } else {
        Files.writeString(output, yaml, StandardCharsets.UTF_8);
        err.println("RenderGuide: wrote " + output);
      }
      return 0;
    } catch (IOException e) {
      err.println("RenderGuide: cannot write " + output + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("RenderGuide: " + e.getMessage());
      err.println(usage());
      return 2;
    }
  }

  private static String usage() {
    return "usage: RenderGuide [--namespace NS] [--model-server-label APP] [--apigee-env ENV]"
        + " [--project ID] [--region REGION] [--network NET] [--subnet SUBNET] [--output FILE]";
  }
}
