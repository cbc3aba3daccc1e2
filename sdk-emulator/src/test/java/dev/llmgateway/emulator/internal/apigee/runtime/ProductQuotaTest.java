package dev.llmgateway.emulator.internal.apigee.runtime;

import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.ORG;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.PRODUCT;
import static dev.llmgateway.emulator.internal.apigee.ApigeeHarness.assertFault;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.llmgateway.emulator.internal.apigee.ApigeeHarness;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request quota of the APIOperationSet: per app, in clock-aligned UTC minutes. */
class ProductQuotaTest {

  final ApigeeHarness apigee = new ApigeeHarness();

  @AfterEach
  void close() {
    apigee.close();
  }

  static void assertQuotaFault(dev.llmgateway.emulator.internal.Fault f) {
    assertFault(
        f,
        429,
        "policies.ratelimit.QuotaViolation",
        "Rate limit quota violation. Quota limit  exceeded. Identifier : _default");
  }

  @Test
  void quotaOfThreePerMinute_fourthCallFails_untilTheNextUtcMinute() {
    apigee.applyBackend();
    apigee.applyProduct(3);
    String key = apigee.newKey(PRODUCT);
    apigee.clock.set(Instant.parse("2026-03-02T10:00:58Z"));
    for (int i = 0; i < 3; i++) {
      assertNull(apigee.chat(key), "call " + i);
    }
    assertQuotaFault(apigee.chat(key));
    apigee.clock.set(Instant.parse("2026-03-02T10:00:59.999Z"));
    assertQuotaFault(apigee.chat(key));
    apigee.clock.set(Instant.parse("2026-03-02T10:01:00Z"));
    assertNull(apigee.chat(key));
  }

  @Test
  void quota_isCountedPerApp() {
    apigee.applyBackend();
    apigee.applyProduct(1);
    String first = apigee.newKey(PRODUCT);
    String second = apigee.newKey(PRODUCT);
    assertNull(apigee.chat(first));
    assertQuotaFault(apigee.chat(first));
    assertNull(apigee.chat(second));
  }

  @Test
  void deletingTheApiProductResource_removesTheProductAndBringsBackDefaultSecurity() {
    apigee.applyBackend();
    apigee.applyProduct(5);
    String key = apigee.newKey(PRODUCT);
    assertNull(apigee.chat(key));
    apigee.cluster.deleteAll(dev.llmgateway.admin.k8s.apim.ApiProduct.class);
    assertFault(
        apigee.chat(key),
        500,
        "steps.raisefault.RaiseFault",
        "Raising fault. Fault name : RF-insufficient-request-raise-fault");
    assertNull(apigee.org().catalog().product(PRODUCT));
    List.of(ORG)
        .forEach(o -> assertNull(apigee.emulator.store().org(o).catalog().product(PRODUCT)));
  }
}
