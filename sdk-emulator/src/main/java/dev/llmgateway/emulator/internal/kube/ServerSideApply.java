package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.emulator.internal.kube.FieldSet.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server-side apply and the field ownership of plain updates, as the API server does them: an
 * applied configuration is merged into the live object (maps merged key by key, lists replaced as a
 * whole), fields the manager applied before and no longer applies are removed unless another
 * manager owns them, a different value for a field another manager owns is a conflict (409) unless
 * forced, and forcing moves the field to the applier. Updates (create, replace, patch) take the
 * fields they change from other managers. The result carries {@code metadata.managedFields}.
 */
final class ServerSideApply {

  private static final Set<String> IGNORED_METADATA =
      Set.of(
          "uid",
          "resourceVersion",
          "generation",
          "creationTimestamp",
          "managedFields",
          "deletionTimestamp",
          "deletionGracePeriodSeconds",
          "selfLink");

  private ServerSideApply() {}

  /**
   * Applies {@code config} for {@code manager}.
   *
   * @param live the stored object, or null when the apply creates it
   * @param config the applied configuration (apiVersion, kind and name already checked)
   * @param manager the field manager
   * @param force whether conflicts move fields to the applier instead of failing
   * @param scope the main resource or the status subresource
   * @param now the time for changed managed-field entries
   * @return the merged object with its managed fields
   * @throws KubeException 409 on conflicts without force
   */
  static ObjectNode apply(
      @Nullable JsonNode live,
      ObjectNode config,
      String manager,
      boolean force,
      Scope scope,
      String now) {
    String sub = scope == Scope.STATUS ? "status" : null;
    List<ManagedField> entries = ManagedField.read(live);
    FieldSet applied = FieldSet.of(config, scope);
    ObjectNode merged = live == null ? skeleton(config) : (ObjectNode) live.deepCopy();

    List<FieldConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ManagedField e = entries.get(i);
      if (e.is(manager, ManagedField.APPLY, sub)) {
        continue;
      }
      Set<List<String>> taken = new LinkedHashSet<>();
      for (List<String> p : applied.paths()) {
        for (List<String> q : e.fields().overlapping(p)) {
          if (q.size() > p.size() && FieldSet.at(config, p).isObject()) {
            continue; // an empty map merges into the live map: the deeper field stays as it is
          }
          List<String> shorter = q.size() <= p.size() ? q : p;
          if (!Objects.equals(FieldSet.at(merged, shorter), FieldSet.at(config, shorter))) {
            taken.add(q);
          }
        }
      }
      for (List<String> q : taken) {
        conflicts.add(new FieldConflict(e.printed(), FieldSet.print(q)));
      }
      if (!taken.isEmpty()) {
        entries.set(i, e.withFields(e.fields().minus(FieldSet.ofPaths(taken))));
      }
    }
    if (!conflicts.isEmpty() && !force) {
      throw KubeException.applyConflict(conflicts);
    }

    ManagedField previous = null;
    FieldSet others = FieldSet.EMPTY;
    for (ManagedField e : entries) {
      if (e.is(manager, ManagedField.APPLY, sub)) {
        previous = e;
      } else {
        others = others.union(e.fields());
      }
    }
    FieldSet before = previous == null ? FieldSet.EMPTY : previous.fields();
    for (List<String> gone : before.minus(applied).minus(others).paths()) {
      JsonNode value = FieldSet.at(merged, gone);
      if (!value.isObject() || value.isEmpty()) {
        remove(merged, gone); // a map that gained entries from others is only disowned
      }
    }
    if (scope == Scope.STATUS) {
      JsonNode status = config.get("status");
      if (status != null && status.isObject()) {
        merge(merged.withObjectProperty("status"), (ObjectNode) status);
      }
    } else {
      ObjectNode body = config.deepCopy();
      body.remove("status");
      if (body.get("metadata") instanceof ObjectNode meta) {
        meta.remove(IGNORED_METADATA);
      }
      merge(merged, body);
    }

    boolean unchanged =
        live != null && previous != null && previous.fields().equals(applied) && same(live, merged);
    ManagedField mine =
        new ManagedField(
            manager,
            ManagedField.APPLY,
            config.path("apiVersion").asString(""),
            unchanged ? previous.time() : now,
            sub,
            applied);
    List<ManagedField> result = new ArrayList<>();
    boolean placed = false;
    for (ManagedField e : entries) {
      if (e.is(manager, ManagedField.APPLY, sub)) {
        result.add(mine);
        placed = true;
      } else {
        result.add(e.withFields(e.fields().presentIn(merged)));
      }
    }
    if (!placed) {
      result.add(mine);
    }
    merged.withObjectProperty("metadata").set("managedFields", ManagedField.write(result));
    return merged;
  }

  /**
   * Records a plain update (create, replace, patch): {@code manager} takes every field it changed.
   *
   * @param live the stored object, or null for a create
   * @param result the object after the update; its managed fields are replaced
   * @param manager the field manager
   * @param scope the main resource or the status subresource
   * @param now the time for the manager's entry
   */
  static void recordUpdate(
      @Nullable JsonNode live, ObjectNode result, String manager, Scope scope, String now) {
    String sub = scope == Scope.STATUS ? "status" : null;
    FieldSet changed =
        live == null ? FieldSet.of(result, scope) : FieldSet.changed(live, result, scope);
    List<ManagedField> out = new ArrayList<>();
    ManagedField mine = null;
    for (ManagedField e : ManagedField.read(live)) {
      if (e.is(manager, ManagedField.UPDATE, sub)) {
        mine = e;
        out.add(e);
      } else {
        out.add(e.withFields(e.fields().presentIn(result).minus(changed)));
      }
    }
    if (!changed.isEmpty() || mine != null) {
      FieldSet owned = (mine == null ? changed : mine.fields().union(changed)).presentIn(result);
      ManagedField updated =
          new ManagedField(
              manager,
              ManagedField.UPDATE,
              result.path("apiVersion").asString(""),
              changed.isEmpty() && mine != null ? mine.time() : now,
              sub,
              owned);
      if (mine == null) {
        out.add(updated);
      } else {
        out.set(out.indexOf(mine), updated);
      }
    }
    result.withObjectProperty("metadata").set("managedFields", ManagedField.write(out));
  }

  /** Merges {@code patch} into {@code target}: maps key by key, {@code null} removes a key. */
  static void merge(ObjectNode target, ObjectNode patch) {
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      JsonNode value = e.getValue();
      JsonNode current = target.get(e.getKey());
      if (value.isNull()) {
        target.remove(e.getKey());
      } else if (value.isObject() && current instanceof ObjectNode currentObject) {
        merge(currentObject, (ObjectNode) value);
      } else {
        target.set(e.getKey(), value.deepCopy());
      }
    }
  }

  /** Returns whether two objects are equal apart from their managed fields. */
  static boolean same(JsonNode a, JsonNode b) {
    ObjectNode x = (ObjectNode) a.deepCopy();
    ObjectNode y = (ObjectNode) b.deepCopy();
    x.withObjectProperty("metadata").remove("managedFields");
    y.withObjectProperty("metadata").remove("managedFields");
    return x.equals(y);
  }

  private static ObjectNode skeleton(ObjectNode config) {
    ObjectNode o = config.objectNode();
    o.set("apiVersion", config.get("apiVersion"));
    o.set("kind", config.get("kind"));
    ObjectNode meta = o.putObject("metadata");
    meta.set("name", config.path("metadata").get("name"));
    JsonNode ns = config.path("metadata").get("namespace");
    if (ns != null) {
      meta.set("namespace", ns);
    }
    return o;
  }

  /** Removes the leaf at {@code path} and maps it leaves empty, below the top-level fields. */
  private static void remove(ObjectNode root, List<String> path) {
    List<ObjectNode> parents = new ArrayList<>();
    JsonNode node = root;
    for (int i = 0; i < path.size() - 1; i++) {
      if (!(node instanceof ObjectNode o)) {
        return;
      }
      parents.add(o);
      node = o.path(path.get(i));
    }
    if (!(node instanceof ObjectNode last)) {
      return;
    }
    last.remove(path.get(path.size() - 1));
    parents.add(last);
    for (int i = parents.size() - 1; i >= 2; i--) {
      if (parents.get(i).isEmpty()) {
        parents.get(i - 1).remove(path.get(i - 1));
      }
    }
  }
}
