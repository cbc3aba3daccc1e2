package dev.llmgateway.client.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void redact_everyOccurrenceOfEverySecret_replacedByTheMarker() {
    Redactor r = new Redactor(List.of("tok-123", "sec-456"));
    assertEquals(
        "token ****, secret **** and again ****",
        r.redact("token tok-123, secret sec-456 and again tok-123"));
  }

  @Test
  void redact_nullAndShortValues_areIgnored() {
    Redactor r = new Redactor(Arrays.asList(null, "", "abc", "abcd"));
    assertEquals("abc ****", r.redact("abc abcd"));
  }

  @Test
  void redact_containingSecretGivenFirst_leavesNoPartOfIt() {
    Redactor r = new Redactor(List.of("Bearer tok-123", "tok-123"));
    assertEquals("auth ****, bare ****", r.redact("auth Bearer tok-123, bare tok-123"));
  }
}
