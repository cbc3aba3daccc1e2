package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.emulator.ClusterSetup;
import dev.llmgateway.emulator.GatewayEmulator;
import dev.llmgateway.emulator.ResponseMode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jdk.jshell.JShell;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/startup.jsh} and {@code guide.jsh} through the {@code jdk.jshell} API
 * against an emulator, as {@code scripts/jshell.sh examples/jshell/guide.jsh} would against a
 * cluster: the settings go in as the {@code guide.*} system properties the script reads, the
 * kubeconfig as Fabric8's {@code kubeconfig} property.
 */
class GuideJshTest {

  @Test
  void guideJsh_againstTheEmulator_appliesTheStackAndEveryPartIsReady() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream console = System.out;
    Map<String, String> before = new HashMap<>();
    try (GatewayEmulator emulator =
        GatewayEmulator.builder()
            .clusterSetup(ClusterSetup.EMPTY)
            .responseMode(ResponseMode.fixedAnswer("Paris."))
            .start()) {
      Map<String, String> settings =
          Map.of(
              "kubeconfig", emulator.kubeconfig().toString(),
              "guide.APIGEE_URL", emulator.apigeeUrl(),
              "guide.ACCESS_TOKEN", "emulator-token",
              "guide.GATEWAY_URL", emulator.baseUrl(),
              "guide.DEVELOPER_EMAIL", "jshell@example.com");
      settings.forEach((k, v) -> before.put(k, System.setProperty(k, v)));
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      try (JShell shell = JShell.builder().executionEngine("local").build()) {
        shell.addToClasspath(classPath());
        JshellScripts.run(shell, Path.of("jshell", "startup.jsh"));
        JshellScripts.run(shell, Path.of("jshell", "guide.jsh"));

        assertEquals("true", value(shell, "status.ready()"));
        assertEquals("\"Paris.\"", value(shell, "applied.smokeTest().orElseThrow().answer()"));
        assertEquals("\"jshell@example.com\"", value(shell, "inputs.developerEmail()"));
      }
    } finally {
      System.setOut(console);
      before.forEach(
          (k, v) -> {
            if (v == null) {
              System.clearProperty(k);
            } else {
              System.setProperty(k, v);
            }
          });
    }
    String output = printed.toString(StandardCharsets.UTF_8);
    assertTrue(
        output.contains("Plan: 30 to create, 0 to update, 0 to delete, 0 unchanged.\n"), output);
    assertTrue(output.contains("[32/32] smoke test: PASSED"), output);
    assertTrue(output.endsWith("Status: 30 of 30 parts ready.\n"), output);
  }

  private static String value(JShell shell, String expression) {
    return shell.eval(expression).get(0).value();
  }

  /** The test's class path: Surefire's when it runs under Surefire, else the JVM's. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path = surefire != null ? surefire : System.getProperty("java.class.path");
    assertTrue(path.contains(File.pathSeparator), "no class path to give JShell: " + path);
    return path;
  }
}
