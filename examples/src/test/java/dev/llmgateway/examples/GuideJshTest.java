package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Runs {@code examples/jshell/startup.jsh} and {@code guide.jsh} through the {@code jdk.jshell}
 * API, as {@code scripts/jshell.sh examples/jshell/guide.jsh} does: the settings go in as the
 * {@code guide.*} system properties the script reads, a kubeconfig as Fabric8's {@code kubeconfig}
 * property.
 */
class GuideJshTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @Test
  void guideJsh_byDefault_appliesTheStackToItsOwnEmulatorAndEveryPartIsReady() throws Exception {
    Map<String, String> values =
        runGuide(
            Map.of("guide.DEVELOPER_EMAIL", "jshell@example.com"),
            "status.ready()",
            "applied.smokeTest().orElseThrow().gatewayUrl().equals(emulator.baseUrl())",
            "stack.inputs().developerEmail()");

    assertEquals(
        Map.of(
            "/exit", "0",
            "status.ready()", "true",
            "applied.smokeTest().orElseThrow().gatewayUrl().equals(emulator.baseUrl())", "true",
            "stack.inputs().developerEmail()", "\"jshell@example.com\""),
        values);
    String output = printed.toString(StandardCharsets.UTF_8);
    assertTrue(output.startsWith("Target: GatewayEmulator"), output);
    assertTrue(
        output.contains("Plan: 30 to create, 0 to update, 0 to delete, 0 unchanged.\n"), output);
    assertTrue(output.contains("[32/32] smoke test: PASSED"), output);
    assertTrue(output.endsWith("Status: 30 of 30 parts ready.\n"), output);
  }

  @Test
  void guideJsh_targetCluster_appliesTheStackThroughKubeconfigAndApigeeUrl() throws Exception {
    String output;
    try (GatewayEmulator cluster =
        GatewayEmulator.builder()
            .clusterSetup(ClusterSetup.EMPTY)
            .responseMode(ResponseMode.fixedAnswer("Paris."))
            .start()) {
      Map<String, String> values =
          runGuide(
              Map.of(
                  "guide.TARGET", "cluster",
                  "kubeconfig", cluster.kubeconfig().toString(),
                  "guide.APIGEE_URL", cluster.apigeeUrl(),
                  "guide.ACCESS_TOKEN", "emulator-token",
                  "guide.GATEWAY_URL", cluster.baseUrl()),
              "status.ready()",
              "applied.smokeTest().orElseThrow().answer()",
              "emulator == null");
      assertEquals("0", values.get("/exit"));
      assertEquals("true", values.get("status.ready()"));
      assertEquals("\"Paris.\"", values.get("applied.smokeTest().orElseThrow().answer()"));
      assertEquals("true", values.get("emulator == null"));
      output = printed.toString(StandardCharsets.UTF_8);
    }
    assertTrue(
        output.contains("Plan: 30 to create, 0 to update, 0 to delete, 0 unchanged.\n"), output);
    assertTrue(output.endsWith("Status: 30 of 30 parts ready.\n"), output);
    assertFalse(output.contains("emulator-token"), output);
  }

  /**
   * Runs the two scripts with the given system properties and standard output captured; returns
   * each expression's value in the shell afterwards, and under "/exit" the script's exit status.
   */
  private Map<String, String> runGuide(Map<String, String> settings, String... expressions)
      throws Exception {
    PrintStream console = System.out;
    Map<String, String> before = new HashMap<>();
    settings.forEach((k, v) -> before.put(k, System.setProperty(k, v)));
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      shell.addToClasspath(classPath());
      JshellScripts.run(shell, Path.of("jshell", "startup.jsh"));
      Map<String, String> values = new HashMap<>();
      values.put("/exit", JshellScripts.run(shell, Path.of("jshell", "guide.jsh")));
      for (String expression : expressions) {
        values.put(expression, shell.eval(expression).get(0).value());
      }
      return values;
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
  }

  /** The test's class path: Surefire's when it runs under Surefire, else the JVM's. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path = surefire != null ? surefire : System.getProperty("java.class.path");
    assertTrue(path.contains(File.pathSeparator), "no class path to give JShell: " + path);
    return path;
  }
}
