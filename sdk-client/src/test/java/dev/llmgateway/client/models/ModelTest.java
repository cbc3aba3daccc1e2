package dev.llmgateway.client.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.Fixtures;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.ModelList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void parse_modelsWithLoraAdapter_readsParentAndRawPermission() {
    ModelList list = Json.read(Fixtures.bytes("models.json"), ModelList.class);

    assertEquals("list", list.object());
    List<Model> models = list.data();
    assertEquals(2, models.size());
    Model base = models.get(0);
    assertEquals("/gcs/google/gemma-3-1b-it", base.id());
    assertEquals("model", base.object());
    assertEquals("vllm", base.ownedBy().orElseThrow());
    assertEquals(32768, base.maxModelLen().getAsInt());
    assertTrue(base.parent().isEmpty());
    assertEquals("model_permission", base.permission().get(0).get("object"));
    Model adapter = models.get(1);
    assertEquals("sql-lora", adapter.id());
    assertEquals("/gcs/google/gemma-3-1b-it", adapter.parent().orElseThrow());
    assertEquals("/adapters/sql-lora", adapter.root().orElseThrow());
    assertTrue(adapter.maxModelLen().isEmpty());
    assertTrue(adapter.permission().isEmpty());
  }

  @Test
  void parse_emptyOrMissingData_emptyList() {
    assertTrue(Json.read("{\"object\":\"list\"}", ModelList.class).data().isEmpty());
    assertTrue(Json.read("{\"data\":[]}", ModelList.class).data().isEmpty());
  }

  @Test
  void hasData_dataArrayPresentOrAbsent_toldApart() {
    assertTrue(Json.read("{\"data\":[]}", ModelList.class).hasData());
    assertFalse(Json.read("{\"object\":\"list\"}", ModelList.class).hasData());
  }

  @Test
  void build_blankId_messageNamesId() {
    assertEquals(
        "id must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Model.builder().id("").build())
            .getMessage());
  }

  @Test
  void toBuilder_changeParent_otherFieldsKept() {
    Model m = Model.builder().id("a").ownedBy("vllm").maxModelLen(8192).build();

    Model adapter = m.toBuilder().parent("base").build();

    assertEquals("base", adapter.parent().orElseThrow());
    assertEquals(8192, adapter.maxModelLen().getAsInt());
    assertEquals(m, adapter.toBuilder().parent((String) null).build());
  }
}
