package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.admin.k8s.internal.Serialization;
import dev.llmgateway.client.internal.json.Json;
import io.fabric8.zjsonpatch.JsonPatch;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies: parsing JSON (and YAML for apply patches) into objects, and the patch media types
 * with how each one changes an object. Malformed bodies are 400 Bad Request; unknown patch types
 * 415. Parse errors never quote the body.
 */
final class Bodies {

  /** The patch media types the API accepts. */
  enum PatchType {
    JSON,
    MERGE,
    STRATEGIC,
    APPLY
  }

  private Bodies() {}

  /** Returns the patch type of a {@code Content-Type}, or throws 415. */
  static PatchType patchType(@Nullable String contentType) {
    String type =
        contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "application/json-patch+json" -> PatchType.JSON;
      case "application/merge-patch+json" -> PatchType.MERGE;
      case "application/strategic-merge-patch+json" -> PatchType.STRATEGIC;
      case "application/apply-patch+yaml", "application/apply-patch+json" -> PatchType.APPLY;
      default -> throw KubeException.unsupportedMediaType();
    };
  }

  /**
   * Parses an object from JSON, or from YAML when {@code yaml} is set (apply patches are YAML,
   * which JSON is a subset of).
   *
   * @throws KubeException 400 when the body is not one object
   */
  static ObjectNode object(String body, boolean yaml) {
    JsonNode node = parse(body, yaml);
    if (!(node instanceof ObjectNode o)) {
      throw KubeException.badRequest(
          "the object provided is unrecognized: the body must be a single JSON object");
    }
    return o;
  }

  private static JsonNode parse(String body, boolean yaml) {
    if (body.isBlank()) {
      throw KubeException.badRequest("the body of the request is empty");
    }
    try {
      String json = yaml && !body.stripLeading().startsWith("{") ? yamlToJson(body) : body;
      return Json.mapper().readTree(json);
    } catch (JacksonException e) {
      String at =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw KubeException.badRequest(
          "the object provided is unrecognized: malformed "
              + (yaml ? "YAML or JSON" : "JSON")
              + at);
    }
  }

  private static String yamlToJson(String body) {
    try {
      return Serialization.KUBERNETES.convertToJson(body);
    } catch (RuntimeException e) {
      throw KubeException.badRequest("the object provided is unrecognized: malformed YAML");
    }
  }

  /**
   * Applies a JSON, merge or strategic-merge patch to a copy of {@code live}. Strategic merge is
   * treated as a JSON merge patch (lists are replaced, not merged by key).
   *
   * @throws KubeException 400 on a malformed patch, 422 when a JSON patch operation fails
   */
  static ObjectNode patch(PatchType type, ApiResource r, ObjectNode live, String body) {
    if (type == PatchType.JSON) {
      JsonNode ops = parse(body, false);
      if (!ops.isArray()) {
        throw KubeException.badRequest("a JSON patch must be an array of operations");
      }
      JsonNode result;
      try {
        result = JsonPatch.apply(ops, live.deepCopy());
      } catch (RuntimeException e) {
        throw KubeException.invalid(
            r.qualifiedKind(),
            r.group(),
            live.path("metadata").path("name").asString(""),
            "",
            false,
            "the JSON patch cannot be applied: " + e.getMessage());
      }
      if (!(result instanceof ObjectNode o)) {
        throw KubeException.badRequest("the JSON patch does not leave an object");
      }
      return o;
    }
    ObjectNode patched = live.deepCopy();
    ServerSideApply.merge(patched, object(body, false));
    return patched;
  }
}
