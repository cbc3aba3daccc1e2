package dev.llmgateway.emulator.internal.kube;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Kubernetes API request path taken apart: {@code /api/v1/...} or {@code
 * /apis/group/version/...}, then {@code [namespaces/ns/]plural[/name[/subresource]]}, plus the
 * query parameters. Paths that stop at the group or version are discovery requests ({@link
 * #resource()} is null).
 *
 * @param group the API group, empty for the core group, null for {@code /api} and {@code /apis}
 * @param version the version, or null
 * @param namespace the namespace, or null
 * @param resource the plural resource name, or null for discovery paths
 * @param name the object name, or null for collections
 * @param subresource the subresource ({@code status}), or null
 * @param query the query parameters (first value of each)
 * @param raw the path as received, with its query
 */
record RequestPath(
    @Nullable String group,
    @Nullable String version,
    @Nullable String namespace,
    @Nullable String resource,
    @Nullable String name,
    @Nullable String subresource,
    Map<String, String> query,
    String raw) {

  /** Parses a path; null when it is not under {@code /api} or {@code /apis}. */
  static @Nullable RequestPath parse(String uri) {
    int q = uri.indexOf('?');
    String path = q < 0 ? uri : uri.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : query(uri.substring(q + 1));
    String[] s = path.replaceAll("/+$", "").split("/", -1);
    if (s.length < 2 || !s[0].isEmpty()) {
      return null;
    }
    int rest;
    String group;
    String version;
    if ("api".equals(s[1])) {
      group = s.length > 2 ? "" : null;
      version = s.length > 2 ? s[2] : null;
      rest = 3;
    } else if ("apis".equals(s[1])) {
      group = s.length > 2 ? s[2] : null;
      version = s.length > 3 ? s[3] : null;
      rest = 4;
    } else {
      return null;
    }
    if (s.length <= rest) {
      return new RequestPath(group, version, null, null, null, null, query, uri);
    }
    String[] r = java.util.Arrays.copyOfRange(s, rest, s.length);
    for (String part : r) {
      if (part.isEmpty()) {
        return null;
      }
    }
    String namespace = null;
    int i = 0;
    boolean namespacedPath =
        r.length >= 3 && "namespaces".equals(r[0]) && !isNamespaceSubresource(r.length, r[2]);
    if (namespacedPath) {
      namespace = r[1];
      i = 2;
    }
    String resource = r[i];
    String name = r.length > i + 1 ? r[i + 1] : null;
    String sub = r.length > i + 2 ? r[i + 2] : null;
    if (r.length > i + 3) {
      return null;
    }
    return new RequestPath(group, version, namespace, resource, name, sub, query, uri);
  }

  private static boolean isNamespaceSubresource(int length, String third) {
    return length == 3 && ("status".equals(third) || "finalize".equals(third));
  }

  private static Map<String, String> query(String query) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(key, value);
    }
    return Map.copyOf(params);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** Returns whether this is a discovery path ({@code /api}, {@code /apis/g/v}, ...). */
  boolean discovery() {
    return resource == null;
  }

  /** Returns a query parameter, or null. */
  @Nullable String param(String key) {
    return query.get(key);
  }

  /** Returns whether the request asks for a watch. */
  boolean watch() {
    String w = query.get("watch");
    return "true".equals(w) || "1".equals(w);
  }

  /** Returns the path of the object (without subresource and query), for a named request. */
  String objectPath() {
    return collectionPath() + "/" + name;
  }

  /** Returns the path of the collection the request addresses, without the query. */
  String collectionPath() {
    String base =
        group == null || group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
    return base + (namespace == null ? "" : "/namespaces/" + namespace) + "/" + resource;
  }
}
