package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Checks on a request's shape and the building of plain answers, shared by the routes. */
final class Requests {

  private Requests() {}

  /** Object bodies are JSON; protobuf (kubectl's choice for built-in kinds) gets 415. */
  static void requireJson(RecordedRequest request) {
    String type = request.getHeader("Content-Type");
    String media = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (!media.isEmpty() && !media.equals("application/json") && !media.endsWith("+json")) {
      throw KubeException.unsupportedBody();
    }
  }

  static void requireName(RequestPath p) {
    if (p.name() == null) {
      throw KubeException.methodNotAllowed();
    }
  }

  static void requireCollection(ApiResource r, RequestPath p) {
    if (p.name() != null || p.subresource() != null) {
      throw KubeException.methodNotAllowed();
    }
    if (r.namespaced() && p.namespace() == null) {
      throw KubeException.resourceNotFound();
    }
  }

  static String manager(RecordedRequest request, RequestPath p) {
    String manager = p.param("fieldManager");
    if (manager != null && !manager.isEmpty()) {
      return manager;
    }
    String agent = request.getHeader("User-Agent");
    if (agent == null || agent.isBlank()) {
      return "unknown";
    }
    int slash = agent.indexOf('/');
    return slash > 0 ? agent.substring(0, slash) : agent;
  }

  static MockResponse json(int code, JsonNode body) {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(Json.mapper().writeValueAsString(body));
  }

  /** Returns a list response of stored objects (JSON strings) at a resource version. */
  static MockResponse list(ApiResource r, List<String> items, long resourceVersion) {
    String body =
        "{\"apiVersion\":\""
            + r.apiVersion()
            + "\",\"kind\":\""
            + r.kind()
            + "List\",\"metadata\":{\"resourceVersion\":\""
            + resourceVersion
            + "\"},\"items\":["
            + String.join(",", items)
            + "]}";
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }
}
