package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApigeeSetupTest {

  @Test
  void parse_acceptsSpaceAndEqualsForms() {
    Map<String, String> flags =
        ApigeeSetup.parse(new String[] {"--org", "o", "--env=eval", "--proxy-name", "gw"});
    assertEquals(Map.of("org", "o", "env", "eval", "proxy-name", "gw"), flags);
  }

  @Test
  void parse_unknownFlagOrStrayValue_failsWithoutEchoingValues() {
    assertEquals(
        "unknown flag --organization",
        assertThrows(
                IllegalArgumentException.class,
                () -> ApigeeSetup.parse(new String[] {"--organization", "o"}))
            .getMessage());
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> ApigeeSetup.parse(new String[] {"ya29.secret-token"}))
            .getMessage();
    assertFalse(message.contains("ya29"), message);
  }

  @Test
  void run_missingRequiredFlag_exitsWith2NamingTheFlagBeforeAnyCall() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        ApigeeSetup.run(
            new String[] {
              "--org", "o", "--access-token", "t0ken", "--apigee-url", "http://127.0.0.1:9"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--env is required"));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_withoutArguments_printsUsageAndExitsWith2() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        ApigeeSetup.run(
            new String[0],
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: ApigeeSetup --org ORG"));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void parse_repeatedFlag_failsNamingItWithoutEchoingValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ApigeeSetup.parse(
                    new String[] {"--access-token", "ya29.one", "--access-token=ya29.two"}));
    assertEquals("--access-token given more than once", e.getMessage());
  }
}
