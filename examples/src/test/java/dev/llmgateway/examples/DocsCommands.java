package dev.llmgateway.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The commands README.md may show, each with where it is checked: {@code ci} (the text is in {@code
 * .ci/run}, which CI runs) or {@code test:path} (the test source at that path, relative to the
 * repository, exercises the command or the class it runs). A new README command fails {@link
 * DocsTest} until it is added here with its check.
 */
final class DocsCommands {
  private static final String RENDER_GUIDE =
      "mvn -B -q -Pfast -DskipTests -pl examples -am package exec:java"
          + " -Dexec.mainClass=dev.llmgateway.examples.RenderGuide -Dexec.args=\"--namespace"
          + " ira-online-gpu --model-server-label vllm-l4-gemma-3-1b-it --apigee-env"
          + " apim-enabled-dep-env --project my-project-id --region us-central1 --network"
          + " acp-dev --subnet acp-dev --output guide.yaml\"";
  private static final String SETUP =
      "mvn -B -q -Pfast -DskipTests -pl examples -am package"
          + " exec:java -Dexec.mainClass=dev.llmgateway.examples.ApigeeSetup";
  private static final String STACK =
      "mvn -B -q -Pfast -DskipTests -pl examples -am package"
          + " exec:java -Dexec.mainClass=dev.llmgateway.examples.GuideStack";
  private static final String EXAMPLES = "examples/src/test/java/dev/llmgateway/examples/";

  /** Command (normalized) to its check. */
  static final Map<String, String> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("mvn -B verify", "ci");
    ALLOWED.put("mvn -B -q -Pfast -DskipTests -pl examples -am package exec:java", "ci");
    // install = verify (run by CI) plus copying the jars to ~/.m2.
    ALLOWED.put("mvn -B -DskipTests install", "ci:mvn -B verify");
    ALLOWED.put(RENDER_GUIDE, "test:" + EXAMPLES + "RenderGuideTest.java");
    ALLOWED.put(
        SETUP
            + " -Dexec.args=\"--org my-project-id --env apim-enabled-dep-env --developer-email"
            + " dev@example.com --app llm-inf-gw-app --apigee-url http://127.0.0.1:8081"
            + " --access-token unused\"",
        "test:" + EXAMPLES + "ApigeeSetupTest.java");
    ALLOWED.put(
        SETUP
            + " -Dexec.args=\"--org $PROJECT_ID --env $APIGEE_ENV --product api-inf-gw-product"
            + " --developer-email dev@example.com --app llm-inf-gw-app --access-token $(gcloud"
            + " auth print-access-token)\"",
        "test:" + EXAMPLES + "ApigeeSetupTest.java");
    ALLOWED.put(
        "mvn -B -q -DskipTests -pl sdk-emulator -am package",
        "test:sdk-emulator/src/test/java/dev/llmgateway/emulator/CommandLineTest.java");
    ALLOWED.put(
        "java -jar sdk-emulator/target/sdk-emulator-0.1.0-SNAPSHOT-all.jar --guide",
        "test:sdk-emulator/src/test/java/dev/llmgateway/emulator/CommandLineTest.java");
    // The operator's stack (issue 10): checked once GuideStack has landed (README marker).
    for (String sub : List.of("render", "plan --detailed-exitcode", "apply", "status", "destroy")) {
      ALLOWED.put(
          STACK
              + " -Dexec.args=\""
              + sub
              + " --project my-project-id --developer-email"
              + " dev@example.com\"",
          "test:" + EXAMPLES + "GuideStackTest.java");
    }
    ALLOWED.put("scripts/jshell.sh", "test:" + EXAMPLES + "GuideJshTest.java");
    ALLOWED.put(
        "scripts/jshell.sh examples/jshell/guide.jsh", "test:" + EXAMPLES + "GuideJshTest.java");
  }

  private DocsCommands() {}

  /** Joins continuation lines, drops comments and blank lines, and normalizes spaces. */
  static List<String> commands(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : lines) {
      String line = raw.strip();
      if (current.length() == 0 && (line.isEmpty() || line.startsWith("#"))) {
        continue;
      }
      boolean continues = line.endsWith("\\");
      current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
      if (!continues) {
        out.add(normalize(current.toString()));
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      out.add(normalize(current.toString()));
    }
    return out;
  }

  /** Collapses whitespace, also inside quotes, so that line breaks in a README do not matter. */
  static String normalize(String text) {
    return text.replace("\\\n", " ").replaceAll("\\s+", " ").trim();
  }

  /**
   * Verifies a check of a command.
   *
   * @return null if it holds, else what is wrong
   */
  static @Nullable String verify(String command, String check, String ci, Path root) {
    if (check.equals("ci") || check.startsWith("ci:")) {
      String expected = check.equals("ci") ? command : check.substring("ci:".length());
      return ci.contains(expected) ? null : ".ci/run does not run " + expected;
    }
    if (check.startsWith("test:")) {
      Path test = root.resolve(check.substring("test:".length()));
      return Files.isRegularFile(test) ? null : "its check " + test + " does not exist";
    }
    return "unknown check " + check;
  }
}
