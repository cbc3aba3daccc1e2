package dev.llmgateway.admin.apigee.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributedResourceTest {

  private static ApiProduct product() {
    return ApiProduct.builder()
        .addAttribute(Attribute.of("access", "private"))
        .putAdditionalProperty("lastModifiedBy", "someone")
        .name("llm-product")
        .build();
  }

  @Test
  void attributesAndAdditionalProperties_setBeforeOtherFields_keepTheConcreteBuilder() {
    ApiProduct p = product();
    assertEquals("llm-product", p.name());
    assertEquals(List.of(Attribute.of("access", "private")), p.attributes());
    assertEquals(Map.of("lastModifiedBy", "someone"), p.additionalProperties());
  }

  @Test
  void toBuilder_keepsAttributesAndAdditionalProperties_andEqualityDependsOnThem() {
    ApiProduct p = product();
    assertEquals(p, p.toBuilder().build());
    assertNotEquals(p, p.toBuilder().attributes(List.of()).build());
    assertNotEquals(p, p.toBuilder().additionalProperties(Map.of()).build());
  }

  @Test
  void builtLists_areCopiesAndUnmodifiable() {
    DeveloperApp.Builder b =
        DeveloperApp.builder().name("app").addAttribute(Attribute.of("a", "1"));
    DeveloperApp app = b.build();
    b.addAttribute(Attribute.of("b", "2"));
    assertEquals(1, app.attributes().size());
    assertThrows(
        UnsupportedOperationException.class, () -> app.attributes().add(Attribute.of("c", "3")));
    assertThrows(
        UnsupportedOperationException.class, () -> app.additionalProperties().put("k", "v"));
  }

  @Test
  void nullAttribute_isRejectedNamingTheField() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Developer.builder().addAttribute(null));
    assertEquals("attributes element == null", e.getMessage());
  }
}
