package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line started in-process: --guide prints a key that works, flags are checked. */
class CommandLineTest {

  @Test
  void guide_onFreePorts_listensAndPrintsAWorkingKeyAndCurlLine(@TempDir Path dir)
      throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path kubeconfig = dir.resolve("emulator.kubeconfig");

    EmulatorCommand.Launch launch =
        EmulatorCommand.launch(
            new String[] {
              "--guide",
              "--port",
              "0",
              "--apigee-port",
              "0",
              "--kube-port",
              "0",
              "--kubeconfig",
              kubeconfig.toString()
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    try (GatewayEmulator emulator = launch.emulator()) {
      assertNotNull(emulator, err.toString());
      List<String> lines = out.toString().lines().toList();
      int keyLine =
          lines.indexOf(
              lines.stream()
                  .filter(l -> l.endsWith("has this key for api-inf-gw-product:"))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError(out.toString())));
      String key = lines.get(keyLine + 1);
      assertEquals(emulator.guideApiKey().orElseThrow(), key);
      assertTrue(
          out.toString()
              .contains(
                  "curl -s "
                      + emulator.baseUrl()
                      + "/v1/chat/completions -H"
                      + " 'x-api-key: "
                      + key
                      + "'"),
          out.toString());
      assertTrue(Files.readString(kubeconfig).contains(emulator.kubeUrl()));

      HttpResponse<String> answer = RawCalls.chat(emulator, key);
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains("\"content\":\"hello there\""), answer.body());
      assertEquals(401, RawCalls.chat(emulator, null).statusCode());
    }
  }

  @Test
  void guideAndEmpty_together_areAUsageError() {
    StringWriter err = new StringWriter();

    EmulatorCommand.Launch launch =
        EmulatorCommand.launch(
            new String[] {"--guide", "--empty", "--port", "0"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true));

    assertEquals(2, launch.exitCode());
    assertNull(launch.emulator());
    assertTrue(err.toString().contains("mutually exclusive"), err.toString());
  }

  @Test
  void takenPort_failsWithAMessage_andExitCode1() throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      StringWriter err = new StringWriter();

      EmulatorCommand.Launch launch =
          EmulatorCommand.launch(
              new String[] {
                "--port",
                "0",
                "--apigee-port",
                "0",
                "--kube-port",
                Integer.toString(taken.getLocalPort())
              },
              new PrintWriter(new StringWriter()),
              new PrintWriter(err, true));

      assertEquals(1, launch.exitCode());
      assertNull(launch.emulator());
      assertTrue(err.toString().startsWith("gateway-emulator: "), err.toString());
    }
  }
}
