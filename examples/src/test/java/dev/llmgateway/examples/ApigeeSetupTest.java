package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApigeeSetupTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ApigeeSetup.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_unknownFlagOrStrayValue_exitsWith2WithoutEchoingValues() {
    assertEquals(
        2,
        run(
            "--org",
            "o",
            "--env",
            "e",
            "--developer-email",
            "d@example.com",
            "--app",
            "a",
            "--organization=ya29.secret-token"));
    assertTrue(err().contains("unknown option --organization"), err());
    assertEquals(
        2,
        run(
            "--org",
            "o",
            "--env",
            "e",
            "--developer-email",
            "d@example.com",
            "--app",
            "a",
            "ya29.secret-token"));
    assertTrue(err().contains("an unexpected argument (not shown: it may be a secret)"), err());
    assertFalse(err().contains("ya29"), err());
  }

  @Test
  void run_missingRequiredFlag_exitsWith2NamingTheFlagBeforeAnyCall() {
    int status = run("--org", "o", "--access-token", "t0ken", "--apigee-url", "http://127.0.0.1:9");
    assertEquals(2, status);
    assertTrue(err().contains("Missing required options: '--env=ENV'"), err());
    assertFalse(err().contains("t0ken"), err());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_withoutArguments_namesTheRequiredFlagsAndExitsWith2() {
    assertEquals(2, run());
    assertTrue(
        err().contains("'--org=ORG', '--env=ENV', '--developer-email=EMAIL', '--app=APP'"), err());
    assertTrue(err().contains("Try 'ApigeeSetup --help' for more."), err());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_repeatedFlag_failsNamingItWithoutEchoingValues() {
    assertEquals(2, run("--access-token", "ya29.one", "--access-token=ya29.two"));
    assertTrue(
        err().contains("option '--access-token' (TOKEN) should be specified only once"), err());
    assertFalse(err().contains("ya29"), err());
  }

  @Test
  void run_help_listsEveryFlagWithItsDefault() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.startsWith("Usage: ApigeeSetup [-h] [--access-token=TOKEN]"), help);
    assertTrue(help.contains("--developer-email=EMAIL"), help);
    assertTrue(help.contains("(default: api-inf-gw-product)"), help);
    assertTrue(help.contains("(default: https://apigee.googleapis.com)"), help);
  }
}
