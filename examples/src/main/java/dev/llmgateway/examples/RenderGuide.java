package dev.llmgateway.examples;

import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.Manifests;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints every cluster object of the setup guide as multi-document YAML, like {@code helm template}
 * plus the guide's heredocs, without contacting any cluster.
 *
 * <pre>{@code
 * mvn -B -q -Pfast -DskipTests -pl examples -am package exec:java \
 *   -Dexec.mainClass=dev.llmgateway.examples.RenderGuide \
 *   -Dexec.args="--namespace ira-online-gpu --project my-project-id"
 * }</pre>
 *
 * <p>Flags (each takes a value; defaults follow the guide): {@code --namespace}, {@code
 * --model-server-label} (the model-server pods' {@code app} label, also the chart release name),
 * {@code --apigee-env}, {@code --project}, {@code --region}, {@code --network}, {@code --subnet}.
 */
public final class RenderGuide {

  private RenderGuide() {}

  /**
   * Renders the guide's objects to standard output.
   *
   * @param args flags as described in the class documentation
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    GuideResources.Builder guide = GuideResources.builder();
    try {
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (flag.equals("-h") || flag.equals("--help")) {
          out.println(usage());
          return;
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
          default -> throw new IllegalArgumentException("unknown flag " + flag);
        }
      }
      out.print(Manifests.toYaml(guide.build().objects()));
    } catch (IllegalArgumentException e) {
      System.err.println("RenderGuide: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
    }
  }

  private static String usage() {
    return "usage: RenderGuide [--namespace NS] [--model-server-label APP] [--apigee-env ENV]"
        + " [--project ID] [--region REGION] [--network NET] [--subnet SUBNET]";
  }
}
