package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A set of fields a manager owns, as paths to leaves: a leaf is a scalar, a list (lists are atomic
 * here) or an empty map; a map with entries is a path prefix, never a leaf. Encodes to and from the
 * {@code FieldsV1} form of {@code metadata.managedFields} ({@code {"f:spec":{"f:replicas":{}}}}).
 * Immutable.
 */
final class FieldSet {

  /** Which part of an object a write owns: the object without its status, or only the status. */
  enum Scope {
    MAIN,
    STATUS
  }

  private static final Set<String> SERVER_METADATA =
      Set.of(
          "name",
          "namespace",
          "uid",
          "resourceVersion",
          "generation",
          "creationTimestamp",
          "managedFields",
          "deletionTimestamp",
          "deletionGracePeriodSeconds",
          "selfLink");

  static final FieldSet EMPTY = new FieldSet(Set.of());

  private final Set<List<String>> paths;

  private FieldSet(Set<List<String>> paths) {
    this.paths = Collections.unmodifiableSet(paths);
  }

  /** Returns the leaves of {@code object} that {@code scope} covers. */
  static FieldSet of(JsonNode object, Scope scope) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String key = e.getKey();
      boolean status = "status".equals(key);
      if (scope == Scope.STATUS
          ? !status
          : status || "apiVersion".equals(key) || "kind".equals(key)) {
        continue;
      }
      if ("metadata".equals(key) && e.getValue().isObject()) {
        for (Map.Entry<String, JsonNode> m : e.getValue().properties()) {
          if (!SERVER_METADATA.contains(m.getKey())) {
            collect(List.of("metadata", m.getKey()), m.getValue(), out);
          }
        }
      } else {
        collect(List.of(key), e.getValue(), out);
      }
    }
    return new FieldSet(out);
  }

  private static void collect(List<String> path, JsonNode value, Set<List<String>> out) {
    if (!value.isObject() || value.isEmpty()) {
      out.add(path);
      return;
    }
    for (Map.Entry<String, JsonNode> e : value.properties()) {
      List<String> child = new ArrayList<>(path);
      child.add(e.getKey());
      collect(List.copyOf(child), e.getValue(), out);
    }
  }

  /** Returns a set of the given paths. */
  static FieldSet ofPaths(Collection<List<String>> paths) {
    return new FieldSet(new LinkedHashSet<>(paths));
  }

  /** Decodes {@code FieldsV1}; list-item keys ({@code k:}, {@code v:}, {@code i:}) own the list. */
  static FieldSet fromFieldsV1(JsonNode fields) {
    Set<List<String>> out = new LinkedHashSet<>();
    decode(List.of(), fields, out);
    return new FieldSet(out);
  }

  private static void decode(List<String> path, JsonNode node, Set<List<String>> out) {
    boolean leaf = node.isEmpty();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      if (key.startsWith("f:")) {
        List<String> child = new ArrayList<>(path);
        child.add(key.substring(2));
        decode(List.copyOf(child), e.getValue(), out);
      } else {
        leaf = true;
      }
    }
    if (leaf && !path.isEmpty()) {
      out.add(path);
    }
  }

  /** Encodes as {@code FieldsV1}. */
  ObjectNode toFieldsV1() {
    ObjectNode root = Json.mapper().createObjectNode();
    for (List<String> path : paths) {
      ObjectNode node = root;
      for (String name : path) {
        JsonNode child = node.get("f:" + name);
        node = child instanceof ObjectNode o ? o : node.putObject("f:" + name);
      }
    }
    return root;
  }

  /** Returns the paths. */
  Set<List<String>> paths() {
    return paths;
  }

  boolean isEmpty() {
    return paths.isEmpty();
  }

  boolean contains(List<String> path) {
    return paths.contains(path);
  }

  /** Returns the paths that equal {@code path}, lie under it or above it. */
  List<List<String>> overlapping(List<String> path) {
    List<List<String>> hits = new ArrayList<>();
    for (List<String> p : paths) {
      int n = Math.min(p.size(), path.size());
      if (p.subList(0, n).equals(path.subList(0, n))) {
        hits.add(p);
      }
    }
    return hits;
  }

  FieldSet union(FieldSet other) {
    Set<List<String>> out = new LinkedHashSet<>(paths);
    out.addAll(other.paths);
    return new FieldSet(out);
  }

  FieldSet minus(FieldSet other) {
    Set<List<String>> out = new LinkedHashSet<>(paths);
    out.removeAll(other.paths);
    return new FieldSet(out);
  }

  /** Returns the paths that still lead to a value in {@code object}. */
  FieldSet presentIn(JsonNode object) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (List<String> p : paths) {
      if (!at(object, p).isMissingNode()) {
        out.add(p);
      }
    }
    return new FieldSet(out);
  }

  /** Returns the leaves of {@code after} whose value differs from {@code before}. */
  static FieldSet changed(JsonNode before, JsonNode after, Scope scope) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (List<String> p : of(after, scope).paths) {
      if (!Objects.equals(at(before, p), at(after, p))) {
        out.add(p);
      }
    }
    return new FieldSet(out);
  }

  /** Returns the node at {@code path}, or a missing node. */
  static JsonNode at(JsonNode root, List<String> path) {
    JsonNode node = root;
    for (String name : path) {
      node = node.isObject() ? node.path(name) : MissingNode.getInstance();
    }
    return node;
  }

  /** Prints a path as Kubernetes does in conflict messages: {@code .spec.replicas}. */
  static String print(List<String> path) {
    StringBuilder sb = new StringBuilder();
    for (String name : path) {
      sb.append('.').append(name);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FieldSet other && other.paths.equals(paths);
  }

  @Override
  public int hashCode() {
    return paths.hashCode();
  }

  @Override
  public String toString() {
    return paths.toString();
  }
}
