package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The discovery documents clients read before they touch a resource ({@code /version}, {@code
 * /api}, {@code /apis}, {@code /api/v1}, {@code /apis/group[/version]}), built from the served
 * resources. Only the legacy (non-aggregated) form: clients asking for aggregated discovery fall
 * back to it on seeing {@code application/json}.
 */
final class Discovery {

  private static final List<String> VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  private Discovery() {}

  /** Returns the version document. */
  static ObjectNode version() {
    ObjectNode v = Json.mapper().createObjectNode();
    return v.put("major", "1")
        .put("minor", "33")
        .put("gitVersion", "v1.33.0-llm-gateway-emulator")
        .put("gitCommit", "")
        .put("gitTreeState", "clean")
        .put("buildDate", "2026-01-01T00:00:00Z")
        .put("goVersion", "")
        .put("compiler", "")
        .put("platform", "linux/amd64");
  }

  /**
   * Returns the discovery document of a discovery path.
   *
   * @throws KubeException 404 for a group or version that is not served
   */
  static ObjectNode document(RequestPath p, ApiResources resources) {
    List<ApiResource> all = resources.all();
    if (p.group() == null) {
      if (p.raw().startsWith("/apis")) {
        ObjectNode list = Json.mapper().createObjectNode();
        list.put("kind", "APIGroupList").put("apiVersion", "v1");
        ArrayNode groups = list.putArray("groups");
        groups(all).forEach((name, versions) -> groups.add(group(name, versions)));
        return list;
      }
      ObjectNode versions = Json.mapper().createObjectNode();
      versions.put("kind", "APIVersions").putArray("versions").add("v1");
      return versions;
    }
    if (p.version() == null) {
      List<String> versions = groups(all).get(p.group());
      if (versions == null) {
        throw KubeException.resourceNotFound();
      }
      return group(p.group(), versions).put("kind", "APIGroup").put("apiVersion", "v1");
    }
    ObjectNode list = Json.mapper().createObjectNode();
    String groupVersion = p.group().isEmpty() ? p.version() : p.group() + "/" + p.version();
    list.put("kind", "APIResourceList").put("apiVersion", "v1").put("groupVersion", groupVersion);
    ArrayNode out = list.putArray("resources");
    for (ApiResource r : all) {
      if (r.group().equals(p.group()) && r.version().equals(p.version())) {
        ObjectNode e = out.addObject();
        e.put("name", r.plural())
            .put("singularName", r.kind().toLowerCase(Locale.ROOT))
            .put("namespaced", r.namespaced())
            .put("kind", r.kind());
        VERBS.forEach(e.putArray("verbs")::add);
        if (!r.shortNames().isEmpty()) {
          r.shortNames().forEach(e.putArray("shortNames")::add);
        }
        if (r.statusSubresource()) {
          ObjectNode s = out.addObject();
          s.put("name", r.plural() + "/status")
              .put("singularName", "")
              .put("namespaced", r.namespaced())
              .put("kind", r.kind());
          List.of("get", "patch", "update").forEach(s.putArray("verbs")::add);
        }
      }
    }
    if (out.isEmpty()) {
      throw KubeException.resourceNotFound();
    }
    return list;
  }

  private static Map<String, List<String>> groups(List<ApiResource> all) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (ApiResource r : all) {
      if (r.group().isEmpty()) {
        continue;
      }
      List<String> versions = groups.computeIfAbsent(r.group(), g -> new java.util.ArrayList<>());
      if (!versions.contains(r.version())) {
        versions.add(r.version());
      }
    }
    return groups;
  }

  private static ObjectNode group(String name, List<String> versions) {
    ObjectNode g = Json.mapper().createObjectNode();
    g.put("name", name);
    ArrayNode vs = g.putArray("versions");
    for (String v : versions) {
      vs.addObject().put("groupVersion", name + "/" + v).put("version", v);
    }
    g.putObject("preferredVersion")
        .put("groupVersion", name + "/" + versions.get(0))
        .put("version", versions.get(0));
    return g;
  }
}
