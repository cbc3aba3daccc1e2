package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A minimal OpenAPI v3 index ({@code /openapi/v3} and one document per group-version): each
 * resource's PATCH operation with its {@code x-kubernetes-group-version-kind} and the {@code
 * fieldValidation} query parameter. That is what kubectl reads to decide that the server validates
 * fields itself, so {@code kubectl apply} works with its default validation. No schemas are served
 * ({@code kubectl explain} has nothing to show).
 */
final class OpenApi {

  static final String ROOT = "/openapi/v3";

  private OpenApi() {}

  /**
   * Returns the document at {@code path} (without query).
   *
   * @throws KubeException 404 for a path that is not served
   */
  static ObjectNode document(String path, ApiResources resources) {
    if (ROOT.equals(path)) {
      ObjectNode root = Json.mapper().createObjectNode();
      ObjectNode paths = root.putObject("paths");
      for (ApiResource r : resources.all()) {
        String gv = groupVersionPath(r);
        paths.putObject(gv).put("serverRelativeURL", ROOT + "/" + gv);
      }
      return root;
    }
    String gv = path.startsWith(ROOT + "/") ? path.substring(ROOT.length() + 1) : "";
    ObjectNode doc = Json.mapper().createObjectNode();
    doc.put("openapi", "3.0.0");
    doc.putObject("info").put("title", "Kubernetes").put("version", "v1.33.0");
    ObjectNode paths = doc.putObject("paths");
    for (ApiResource r : resources.all()) {
      if (!groupVersionPath(r).equals(gv)) {
        continue;
      }
      String item =
          "/" + gv + (r.namespaced() ? "/namespaces/{namespace}/" : "/") + r.plural() + "/{name}";
      ObjectNode patch = paths.putObject(item).putObject("patch");
      patch
          .putObject("x-kubernetes-group-version-kind")
          .put("group", r.group())
          .put("version", r.version())
          .put("kind", r.kind());
      patch.put("x-kubernetes-action", "patch");
      patch
          .putArray("parameters")
          .addObject()
          .put("name", "fieldValidation")
          .put("in", "query")
          .putObject("schema")
          .put("type", "string");
      patch.putObject("responses").putObject("200").put("description", "OK");
    }
    if (paths.isEmpty()) {
      throw KubeException.resourceNotFound();
    }
    doc.putObject("components");
    return doc;
  }

  private static String groupVersionPath(ApiResource r) {
    return r.group().isEmpty() ? "api/" + r.version() : "apis/" + r.group() + "/" + r.version();
  }
}
