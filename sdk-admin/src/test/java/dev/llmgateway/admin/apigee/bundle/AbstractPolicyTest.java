package dev.llmgateway.admin.apigee.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AbstractPolicyTest {

  private static VerifyApiKeyPolicy full() {
    return VerifyApiKeyPolicy.builder()
        .name("verify")
        .displayName("Verify key")
        .continueOnError(true)
        .enabled(false)
        .apiKeyRef("request.queryparam.key")
        .build();
  }

  @Test
  void commonAttributes_setThroughAnyPolicyBuilder_areReadBack() {
    VerifyApiKeyPolicy p = full();
    assertEquals("verify", p.name());
    assertEquals(Optional.of("Verify key"), p.displayName());
    assertTrue(p.continueOnError());
    assertFalse(p.enabled());
    assertEquals("request.queryparam.key", p.apiKeyRef());
  }

  @Test
  void toBuilder_keepsCommonAndOwnAttributes() {
    VerifyApiKeyPolicy p = full();
    assertEquals(p, p.toBuilder().build());
    assertEquals(p.hashCode(), p.toBuilder().build().hashCode());
  }

  @Test
  void equals_dependsOnEachCommonAttribute() {
    VerifyApiKeyPolicy p = full();
    assertNotEquals(p, p.toBuilder().name("other").build());
    assertNotEquals(p, p.toBuilder().displayName((String) null).build());
    assertNotEquals(p, p.toBuilder().continueOnError(false).build());
    assertNotEquals(p, p.toBuilder().enabled(true).build());
  }

  @Test
  void build_withoutName_isRejectedNamingTheField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SpikeArrestPolicy.builder().rate("30pm").build());
    assertEquals("name must not be null", e.getMessage());
  }

  @Test
  void defaults_displayNameIsTheNameInXmlAndPolicyRunsStopOnError() {
    SpikeArrestPolicy p = SpikeArrestPolicy.builder().name("spike").rate("30pm").build();
    assertEquals(Optional.empty(), p.displayName());
    assertFalse(p.continueOnError());
    assertTrue(p.enabled());
    assertTrue(
        p.toXml()
            .contains("<SpikeArrest continueOnError=\"false\" enabled=\"true\" name=\"spike\">"),
        p.toXml());
    assertTrue(p.toXml().contains("<DisplayName>spike</DisplayName>"), p.toXml());
  }
}
