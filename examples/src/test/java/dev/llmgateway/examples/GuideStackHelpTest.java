package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    assertTrue(help.contains("Exit status:\n  0   Success.\n"), help);
    assertTrue(help.contains("  3   status: a part is not ready.\n"), help);
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
    String flat = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertTrue(
        flat.contains(
            "--detailed-exitcode Exit 2 when changes are pending, 0 when none, 1 on errors"
                + " including a bad flag, as terraform plan."),
        flat);
  }

  @Test
  void noSubCommand_exitsWith2SayingWhichExist() {
    assertEquals(2, run());
    assertTrue(
        err()
            .startsWith(
                "GuideStack: a sub-command is required: render, plan, apply, status or"
                    + " destroy\nTry 'GuideStack --help' for more."),
        err());
  }

  @Test
  void badValue_exitsWith2NamingTheField() {
    assertEquals(2, run("render", "--namespace", "Team A"));
    assertTrue(err().startsWith("GuideStack: error: namespace must match"), err());
  }

  @Test
  void unknownFlag_exitsWith2NamingItWithoutItsValue() {
    assertEquals(2, run("plan", "--acess-token=ya29.secret", "--project", "p-123"));
    assertEquals(
        "GuideStack: unknown option --acess-token\n" + "Try 'GuideStack plan --help' for more.\n",
        err());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void strayArgument_exitsWith2WithoutEchoingIt() {
    assertEquals(2, run("apply", "--access-token", "ya29.one", "ya29.two"));
    assertTrue(err().contains("an unexpected argument (not shown: it may be a secret)"), err());
    assertFalse(err().contains("ya29"), err());
  }

  @Test
  void missingValue_exitsWith2NamingTheFlag() {
    assertEquals(2, run("status", "--gateway-port"));
    assertTrue(err().contains("Missing required parameter for option '--gateway-port'"), err());
  }

  @Test
  void badFlagWithDetailedExitCode_exitsWith1NotTheChangesPendingStatus() {
    assertEquals(1, run("plan", "--detailed-exitcode", "--gateway-port", "eighty"));
    assertTrue(err().contains("'eighty' is not an int"), err());
    assertTrue(err().contains("--gateway-port"), err());
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
