package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The help an operator reads: every command and flag described, within 80 columns. */
class GuideStackHelpTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return GuideStack.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static void assertReadable(String help) {
    for (String line : help.split("\n")) {
      assertTrue(line.length() <= 80, "wider than 80 columns: " + line);
    }
    assertTrue(!help.contains("null") && !help.contains("${"), help);
  }

  @Test
  void help_listsTheFiveSubCommandsWithWhatEachDoes() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertReadable(help);
    assertTrue(help.startsWith("Usage: GuideStack [-h] [COMMAND]\n"), help);
    for (String line :
        List.of(
            "  render   Print the cluster objects as YAML, like helm template.",
            "  plan     Show what apply would change, part by part.",
            "  apply    Apply the stack in order, with waits and a smoke test.",
            "  status   Show each part's readiness.",
            "  destroy  Delete the stack in reverse order.")) {
      assertTrue(help.contains(line + "\n"), "missing: " + line + "\n" + help);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "plan", "apply", "status", "destroy"})
  void subCommandHelp_describesEveryFlagWithItsDefault(String command) {
    assertEquals(0, run(command, "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertReadable(help);
    assertTrue(help.contains("\nUsage: GuideStack " + command + " [-h]"), help);
    CommandSpec spec =
        new CommandLine(new GuideStack()).getSubcommands().get(command).getCommandSpec();
    for (OptionSpec option : spec.options()) {
      String description = String.join(" ", option.description());
      assertTrue(description.endsWith("."), option.longestName() + ": " + description);
      assertTrue(help.contains(option.longestName()), option.longestName() + " not in help");
    }
    String flat = help.replaceAll("\\s+", " ");
    assertTrue(
        flat.contains("--namespace=NS Namespace of the model servers (default: ira-online-gpu)."),
        help);
    if (!command.equals("render")) {
      assertTrue(flat.contains("--kubeconfig=FILE Kubeconfig of the cluster"), help);
      assertTrue(flat.contains("(default: https://apigee.googleapis.com)."), help);
    }
  }

  @Test
  void planHelp_explainsTheDetailedExitCode() {
    assertEquals(0, run("plan", "--help"));
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .contains(
                "      --detailed-exitcode    Exit 2 when changes are pending, 0 when none (1 on"),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noSubCommand_exitsWith1SayingWhichExist() {
    assertEquals(1, run());
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith(
                "GuideStack: a sub-command is required: render, plan, apply, status or"
                    + " destroy\nTry 'GuideStack --help' for more."),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badValue_exitsWith1NamingTheField() {
    assertEquals(1, run("render", "--namespace", "Team A"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).startsWith("GuideStack: error: namespace must match"),
        err.toString(StandardCharsets.UTF_8));
  }
}
