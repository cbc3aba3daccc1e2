package dev.llmgateway.emulator.internal.kube;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checks and copies every write makes on an object's identity, as the API server does: the
 * apiVersion and kind must be the resource's, the name and namespace must match the URL, and the
 * server-owned metadata comes from the stored object.
 */
final class ObjectRules {

  private static final List<String> SERVER_METADATA =
      List.of(
          "uid",
          "creationTimestamp",
          "generation",
          "resourceVersion",
          "deletionTimestamp",
          "deletionGracePeriodSeconds");

  private ObjectRules() {}

  /** Fails with 400 unless the object's apiVersion and kind are the resource's. */
  static void kind(ApiResource r, ObjectNode o) {
    String kind = o.path("kind").asString("");
    if (kind.isEmpty()) {
      throw KubeException.badRequest("Object 'Kind' is missing in the request body");
    }
    String apiVersion = o.path("apiVersion").asString("");
    if (!apiVersion.equals(r.apiVersion())) {
      throw KubeException.badRequest(
          "the API version in the data ("
              + apiVersion
              + ") does not match the expected API version ("
              + r.apiVersion()
              + ")");
    }
    if (!kind.equals(r.kind())) {
      throw KubeException.badRequest(
          "the kind in the data ("
              + kind
              + ") does not match the expected kind ("
              + r.kind()
              + ")");
    }
    if (!o.path("metadata").isObject()) {
      if (o.has("metadata")) {
        throw KubeException.badRequest("metadata must be an object");
      }
      o.putObject("metadata");
    }
  }

  /** Fails with 400 unless the object's name is the one in the URL. */
  static void name(RequestPath p, ObjectNode o) {
    String name = o.path("metadata").path("name").asString("");
    if (!name.equals(p.name())) {
      throw KubeException.badRequest(
          "the name of the object ("
              + name
              + ") does not match the name on the URL ("
              + p.name()
              + ")");
    }
  }

  /**
   * Checks the object's namespace against the URL and sets it; returns the namespace to store the
   * object under, or null for a cluster-scoped resource.
   */
  static @Nullable String namespace(ApiResource r, RequestPath p, ObjectNode o) {
    ObjectNode meta = (ObjectNode) o.get("metadata");
    if (!r.namespaced()) {
      meta.remove("namespace");
      return null;
    }
    String ns = Objects.requireNonNull(p.namespace());
    String given = meta.path("namespace").asString("");
    if (!given.isEmpty() && !given.equals(ns)) {
      throw KubeException.badRequest(
          "the namespace of the provided object does not match the namespace sent on the request");
    }
    meta.put("namespace", ns);
    return ns;
  }

  /** Sets {@code field} to a copy of {@code value}, or removes it when the value is absent. */
  static void setOrRemove(ObjectNode o, String field, @Nullable JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      o.remove(field);
    } else {
      o.set(field, value.deepCopy());
    }
  }

  /** Copies the server-owned metadata of the stored object into {@code meta}. */
  static void copyServerMetadata(JsonNode live, ObjectNode meta) {
    JsonNode from = live.path("metadata");
    for (String field : SERVER_METADATA) {
      setOrRemove(meta, field, from.get(field));
    }
  }

  /** Returns whether anything outside metadata and status differs. */
  static boolean specChanged(JsonNode live, JsonNode candidate) {
    ObjectNode a = (ObjectNode) live.deepCopy();
    ObjectNode b = (ObjectNode) candidate.deepCopy();
    a.remove(List.of("metadata", "status"));
    b.remove(List.of("metadata", "status"));
    return !a.equals(b);
  }
}
