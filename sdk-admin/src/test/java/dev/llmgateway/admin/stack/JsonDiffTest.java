package dev.llmgateway.admin.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

  @Test
  void paths_nestedMapsListsAndOddKeys_nameEachDifference() {
    Map<String, Object> live =
        Map.of(
            "metadata", Map.of("labels", Map.of("app", "a", "llmgateway.dev/stack", "s")),
            "spec",
                Map.of(
                    "quota", Map.of("limit", 100, "interval", 1),
                    "restOperations", List.of(Map.of("path", "/v1/completions")),
                    "methods", List.of("POST")));
    Map<String, Object> applied =
        Map.of(
            "metadata", Map.of("labels", Map.of("app", "a", "llmgateway.dev/stack", "t")),
            "spec",
                Map.of(
                    "quota", Map.of("limit", 5L, "interval", 1L),
                    "restOperations", List.of(Map.of("path", "/v1/chat/completions")),
                    "methods", List.of("POST", "GET")));

    assertEquals(
        List.of(
            "metadata.labels[llmgateway.dev/stack]",
            "spec.methods",
            "spec.quota.limit",
            "spec.restOperations[0].path"),
        JsonDiff.paths(live, applied));
    assertEquals(List.of(), JsonDiff.paths(live, live));
  }
}
