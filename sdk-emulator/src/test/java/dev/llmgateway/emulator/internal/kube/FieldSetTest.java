package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.emulator.internal.kube.FieldSet.Scope;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Owned-field sets: leaves, scopes, FieldsV1 and overlaps. */
class FieldSetTest {

  private static final JsonNode OBJECT =
      Json.mapper()
          .readTree(
              "{\"apiVersion\":\"v1\",\"kind\":\"X\",\"metadata\":{\"name\":\"n\",\"uid\":\"u\","
                  + "\"labels\":{\"a\":\"1\"}},\"spec\":{\"list\":[1,2],\"empty\":{},"
                  + "\"deep\":{\"x\":true}},\"status\":{\"state\":\"S\"}}");

  @Test
  void of_mainScope_ownsLeavesButNotServerMetadataOrStatus() {
    assertEquals(
        Set.of(
            List.of("metadata", "labels", "a"),
            List.of("spec", "list"),
            List.of("spec", "empty"),
            List.of("spec", "deep", "x")),
        FieldSet.of(OBJECT, Scope.MAIN).paths());
  }

  @Test
  void of_statusScope_ownsOnlyStatus() {
    assertEquals(Set.of(List.of("status", "state")), FieldSet.of(OBJECT, Scope.STATUS).paths());
  }

  @Test
  void fieldsV1_roundTripsAndListItemKeysOwnTheList() {
    FieldSet set = FieldSet.of(OBJECT, Scope.MAIN);

    assertEquals(set, FieldSet.fromFieldsV1(set.toFieldsV1()));
    JsonNode keyed =
        Json.mapper()
            .readTree("{\"f:spec\":{\"f:containers\":{\"k:{\\\"name\\\":\\\"c\\\"}\":{}}}}");
    assertEquals(Set.of(List.of("spec", "containers")), FieldSet.fromFieldsV1(keyed).paths());
  }

  @Test
  void overlapping_findsEqualDeeperAndShallowerPaths() {
    FieldSet set = FieldSet.of(OBJECT, Scope.MAIN);

    assertEquals(List.of(List.of("spec", "deep", "x")), set.overlapping(List.of("spec", "deep")));
    assertEquals(List.of(List.of("spec", "list")), set.overlapping(List.of("spec", "list", "0")));
    assertTrue(set.overlapping(List.of("spec", "other")).isEmpty());
    assertEquals(".spec.deep.x", FieldSet.print(List.of("spec", "deep", "x")));
  }

  @Test
  void changed_listsOnlyLeavesWithNewValues() {
    JsonNode after =
        Json.mapper()
            .readTree(
                "{\"metadata\":{\"labels\":{\"a\":\"1\"}},\"spec\":{\"list\":[1,3],\"empty\":{},"
                    + "\"deep\":{\"x\":true,\"y\":1}}}");

    assertEquals(
        Set.of(List.of("spec", "list"), List.of("spec", "deep", "y")),
        FieldSet.changed(OBJECT, after, Scope.MAIN).paths());
  }
}
