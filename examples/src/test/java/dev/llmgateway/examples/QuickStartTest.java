package dev.llmgateway.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** QuickStart's walk through the guide, step by step, as the README's main command runs it. */
class QuickStartTest {

  @Test
  void run_walksTheGuide_withEachLimitAndFaultTheGuideDescribes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    QuickStart.Outcome outcome =
        QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertEquals(
        "ServerException (HTTP 500, steps.raisefault.RaiseFault)", outcome.defaultSecurityFault());
    assertEquals(QuickStart.ANSWER, outcome.answer());
    assertEquals(outcome.answer(), outcome.streamedAnswer());
    assertEquals(QuickStart.QUOTA_PER_MINUTE, outcome.callsWithinQuota());
    assertEquals(
        "QuotaExceededException (HTTP 429, policies.ratelimit.QuotaViolation)",
        outcome.quotaFault());
    assertTrue(outcome.tokensOfOneCall().totalTokens() > QuickStart.QUOTA_PER_MINUTE);
    assertEquals(
        outcome.tokensOfOneCall().promptTokens() + outcome.tokensOfOneCall().completionTokens(),
        outcome.tokensOfOneCall().totalTokens());
    assertEquals(
        "QuotaExceededException (HTTP 429, policies.ratelimit.QuotaViolation)",
        outcome.tokenQuotaFault());
    assertEquals(25, outcome.objectsDeleted());
    String narration = bytes.toString(StandardCharsets.UTF_8);
    for (int step = 1; step <= 10; step++) {
      assertTrue(
          narration.contains("\n" + step + ". ") || narration.startsWith(step + ". "),
          "step " + step + " missing:\n" + narration);
    }
  }
}
