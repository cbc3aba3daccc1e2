package dev.llmgateway.admin.apigee.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaTimeUnitTest {

  @Test
  void of_knownUnitAnyCase_returnsTheConstant() {
    assertSame(QuotaTimeUnit.WEEK, QuotaTimeUnit.of(" Week "));
    assertSame(QuotaTimeUnit.SECOND, QuotaTimeUnit.of("second"));
    assertTrue(QuotaTimeUnit.MONTH.isKnown());
  }

  @Test
  void of_unknownUnit_isKeptAsGivenAndComparesByValue() {
    QuotaTimeUnit fortnight = QuotaTimeUnit.of("fortnight");
    assertFalse(fortnight.isKnown());
    assertEquals("fortnight", fortnight.value());
    assertEquals(fortnight, QuotaTimeUnit.of("fortnight"));
    assertEquals(fortnight.hashCode(), QuotaTimeUnit.of("fortnight").hashCode());
  }

  @Test
  void check_unitOutsideTheAllowedOnes_failsListingThem() {
    List<QuotaTimeUnit> allowed = List.of(QuotaTimeUnit.MINUTE, QuotaTimeUnit.HOUR);
    assertSame(QuotaTimeUnit.HOUR, QuotaTimeUnit.check("hour", "timeUnit", allowed));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> QuotaTimeUnit.check("Hour", "timeUnit", allowed));
    assertEquals("timeUnit must be one of minute, hour but was 'Hour'", e.getMessage());
  }

  @Test
  void quotaOf_unitTheManagementApiRejects_failsNamingTimeUnit() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Quota.of(1, 1, QuotaTimeUnit.WEEK));
    assertEquals("timeUnit must be one of minute, hour, day, month but was 'week'", e.getMessage());
  }
}
