package dev.llmgateway.client.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ChecksTest {

  private static String iae(Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  @Test
  void notNull_missingValue_throwsNpeNamingTheField() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Checks.notNull(null, "model"));
    assertEquals("model == null", e.getMessage());
    assertEquals("x", Checks.notNull("x", "model"));
  }

  @Test
  void notNullArgument_missingValue_throwsIaeNamingTheField() {
    assertEquals("latency must not be null", iae(() -> Checks.notNullArgument(null, "latency")));
  }

  @Test
  void notBlank_nullEmptyOrSpaces_throwsIaeNamingTheField() {
    for (String bad : Arrays.asList(null, "", "  \t")) {
      assertEquals("name must not be blank", iae(() -> Checks.notBlank(bad, "name")));
    }
    assertEquals(" a ", Checks.notBlank(" a ", "name"));
  }

  @Test
  void stringRules_badValues_messagesShowRuleAndValue() {
    assertEquals(
        "n must be at most 3 characters but was 4", iae(() -> Checks.maxLength("abcd", 3, "n")));
    assertEquals(
        "n must match ^[a-z]+$ but was 'A'",
        iae(() -> Checks.find("A", Pattern.compile("^[a-z]+$"), "n")));
    assertEquals("ab", Checks.find("ab", Pattern.compile("b"), "n"));
    assertEquals(
        "app may only contain a-z but was 'a b'",
        iae(() -> Checks.matches("a b", Pattern.compile("[a-z]+"), "a-z", "app")));
    assertEquals(
        "org must not contain '/', whitespace or control characters but was 'a/b'",
        iae(() -> Checks.pathSegment("a/b", "org")));
  }

  @Test
  void matchesSecret_badValue_neverEchoesIt() {
    String message =
        iae(() -> Checks.matchesSecret("s3cr3t!", Pattern.compile("[a-z0-9]+"), "a-z0-9", "key"));
    assertEquals("key may only contain a-z0-9", message);
    assertFalse(message.contains("s3cr3t"));
  }

  @Test
  void numberRules_outOfRange_messagesShowBoundAndValue() {
    assertEquals("limit must be > 0 but was 0", iae(() -> Checks.positive(0, "limit")));
    assertEquals("n must be >= 0 but was -1", iae(() -> Checks.nonNegative(-1, "n")));
    assertEquals("n must be >= 1 but was 0", iae(() -> Checks.atLeast(0, 1, "n")));
    assertEquals(
        "port must be between 0 and 65535 but was 70000",
        iae(() -> Checks.range(70_000, 0, 65_535, "port")));
    assertEquals(5, Checks.range(5, 5, 5, "port"));
  }

  @Test
  void doubleRange_nanOrOutside_failsWithWholeBoundsPrintedPlainly() {
    assertEquals(
        "topP must be between 0 and 1 but was 1.5", iae(() -> Checks.range(1.5, 0, 1, "topP")));
    assertEquals(
        "minP must be between 0 and 0.5 but was NaN",
        iae(() -> Checks.range(Double.NaN, 0, 0.5, "minP")));
    assertEquals(0.25, Checks.range(0.25, 0, 1, "topP"));
  }

  @Test
  void durations_nullZeroOrNegative_fail() {
    assertEquals(
        "timeout == null",
        assertThrows(NullPointerException.class, () -> Checks.positive(null, "timeout"))
            .getMessage());
    assertEquals(
        "timeout must be positive but was PT0S",
        iae(() -> Checks.positive(Duration.ZERO, "timeout")));
    assertEquals(
        "wait must not be negative but was PT-1S",
        iae(() -> Checks.notNegative(Duration.ofSeconds(-1), "wait")));
    assertSame(Duration.ZERO, Checks.notNegative(Duration.ZERO, "wait"));
  }

  @Test
  void collections_emptyWrongSizeOrBlankElement_fail() {
    assertEquals("ops must not be empty", iae(() -> Checks.notEmpty(List.of(), "ops")));
    assertEquals(
        "ports must have between 1 and 1 items but had 2",
        iae(() -> Checks.size(List.of(1, 2), 1, 1, "ports")));
    assertEquals(
        "methods must not contain null or blank elements",
        iae(() -> Checks.noBlankElements(Arrays.asList("GET", " "), "methods")));
    List<String> ok = List.of("GET");
    assertSame(ok, Checks.noBlankElements(ok, "methods"));
  }
}
