package dev.llmgateway.emulator.internal.apigee.runtime;

import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.assertFault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llmgateway.emulator.internal.Fault;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Fault bodies the runtime tests do not reach through a flow. */
class ApigeeFaultsTest {

  @Test
  void gatewayTimeout_carriesTheReasonInTheDetail() {
    Fault f = ApigeeFaults.gatewayTimeout();
    assertEquals(504, f.status());
    assertEquals("application/json", f.headers().get("Content-Type"));
    assertEquals(
        "{\"fault\":{\"faultstring\":\"Gateway Timeout\",\"detail\":{\"errorcode\":"
            + "\"messaging.adaptors.http.flow.GatewayTimeout\",\"reason\":\"TARGET_READ_TIMEOUT\"}}}",
        new String(f.body(), StandardCharsets.UTF_8));
  }

  @Test
  void faultstrings_areJsonEscaped() {
    assertFault(
        ApigeeFaults.quotaViolation("a\"b\\c"),
        429,
        "policies.ratelimit.QuotaViolation",
        "Rate limit quota violation. Quota limit  exceeded. Identifier : a\\\"b\\\\c");
  }

  @Test
  void invalidMessageWeight_isApigeesFiveHundred() {
    assertFault(
        ApigeeFaults.invalidMessageWeight("1.5"),
        500,
        "policies.ratelimit.InvalidMessageWeight",
        "Invalid message weight value 1.5");
  }
}
