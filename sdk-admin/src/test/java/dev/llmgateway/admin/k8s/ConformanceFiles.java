package dev.llmgateway.admin.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds {@code ../shared/conformance} next to the repository (for a git worktree, next to one of
 * its parent directories) and splits YAML streams into parsed documents.
 */
final class ConformanceFiles {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private ConformanceFiles() {}

  /** Returns the conformance directory, or null when no {@code shared/conformance} is found. */
  static @Nullable Path directory() {
    String override = System.getProperty("llmgateway.shared");
    if (override != null) {
      Path p = Paths.get(override, "conformance");
      return Files.isDirectory(p) ? p : null;
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("conformance");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Parses every non-empty document of a YAML stream. */
  static List<JsonNode> documents(String yaml) {
    List<JsonNode> docs = new ArrayList<>();
    for (String part : yaml.split("(?m)^---\\s*$")) {
      if (part.lines().allMatch(l -> l.isBlank() || l.trim().startsWith("#"))) {
        continue;
      }
      docs.add(YAML.readTree(part));
    }
    return docs;
  }
}
