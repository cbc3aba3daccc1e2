package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.emulator.internal.kube.Bodies.PatchType;
import dev.llmgateway.emulator.internal.kube.FieldSet.Scope;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write pipeline of the API: create, replace, patch, server-side apply and status writes. Each
 * builds the candidate object, records field ownership, stamps what the server owns (uid,
 * creationTimestamp from the clock, generation, resourceVersion), validates, and stores it unless
 * it equals the stored object (a no-op write changes nothing, not even the resourceVersion).
 * Callers hold the dispatcher's write lock.
 */
final class Writes {

  /** The outcome of a write: the HTTP status, the object as stored and whether it changed. */
  record Result(int code, ObjectNode object, boolean changed) {}

  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private final Store store;
  private final Validation validation;
  private final Clock clock;

  Writes(Store store, Validation validation, Clock clock) {
    this.store = store;
    this.validation = validation;
    this.clock = clock;
  }

  /** Returns the clock's time as Kubernetes writes timestamps (RFC 3339, seconds). */
  String now() {
    return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  /** POST to a collection. */
  Result create(ApiResource r, RequestPath p, ObjectNode body, String manager, boolean dryRun) {
    ObjectNode c = body.deepCopy();
    ObjectRules.kind(r, c);
    String namespace = ObjectRules.namespace(r, p, c);
    ObjectNode meta = c.withObjectProperty("metadata");
    String name = meta.path("name").asString("");
    if (name.isEmpty()) {
      String prefix = meta.path("generateName").asString("");
      if (prefix.isEmpty()) {
        throw KubeException.invalid(
            r.qualifiedKind(),
            r.group(),
            "",
            "metadata.name",
            true,
            "name or generateName is required");
      }
      name = prefix + suffix();
      meta.put("name", name);
    }
    if (store.get(r, namespace, name) != null) {
      throw KubeException.alreadyExists(r, name);
    }
    requireNamespace(r, namespace);
    if (r.statusSubresource()) {
      c.remove("status");
    }
    ServerSideApply.recordUpdate(null, c, manager, Scope.MAIN, now());
    return commit(r, null, c, false, dryRun);
  }

  /** PUT to an object or its status. */
  Result replace(ApiResource r, RequestPath p, ObjectNode body, String manager, boolean dryRun) {
    return update(r, p, existing(r, p), body.deepCopy(), manager, dryRun);
  }

  /** PATCH of any type; apply patches go to {@link #apply}. */
  Result patch(
      ApiResource r,
      RequestPath p,
      PatchType type,
      String body,
      @Nullable String manager,
      boolean dryRun) {
    if (type == PatchType.APPLY) {
      return apply(r, p, body, manager, dryRun);
    }
    if (p.param("force") != null) {
      throw KubeException.invalid(
          "PatchOptions.meta.k8s.io",
          "meta.k8s.io",
          "",
          "force",
          false,
          "Forbidden: may not be specified for non-apply patch");
    }
    ObjectNode live = existing(r, p);
    ObjectNode patched = Bodies.patch(type, r, live, body);
    return update(r, p, live, patched, manager == null ? "unknown" : manager, dryRun);
  }

  private Result apply(
      ApiResource r, RequestPath p, String body, @Nullable String manager, boolean dryRun) {
    if (manager == null || manager.isEmpty()) {
      throw KubeException.invalid(
          "PatchOptions.meta.k8s.io",
          "meta.k8s.io",
          "",
          "fieldManager",
          true,
          "is required for apply patch");
    }
    boolean status = "status".equals(p.subresource());
    ObjectNode config = Bodies.object(body, true);
    ObjectRules.kind(r, config);
    ObjectRules.name(p, config);
    String namespace = ObjectRules.namespace(r, p, config);
    ObjectNode live = store.get(r, namespace, Objects.requireNonNull(p.name()));
    if (live == null) {
      if (status) {
        throw KubeException.notFound(r, p.name());
      }
      requireNamespace(r, namespace);
    }
    boolean force = "true".equals(p.param("force"));
    Scope scope = status ? Scope.STATUS : Scope.MAIN;
    ObjectNode merged = ServerSideApply.apply(live, config, manager, force, scope, now());
    return commit(r, live, merged, status, dryRun);
  }

  private Result update(
      ApiResource r,
      RequestPath p,
      ObjectNode live,
      ObjectNode body,
      String manager,
      boolean dryRun) {
    ObjectRules.kind(r, body);
    ObjectRules.name(p, body);
    ObjectRules.namespace(r, p, body);
    String rv = body.path("metadata").path("resourceVersion").asString("");
    if (!rv.isEmpty() && !rv.equals(live.path("metadata").path("resourceVersion").asString(""))) {
      throw KubeException.staleResourceVersion(r, live.path("metadata").path("name").asString(""));
    }
    boolean status = "status".equals(p.subresource());
    ObjectNode c;
    if (status) {
      c = live.deepCopy();
      ObjectRules.setOrRemove(c, "status", body.get("status"));
    } else {
      c = body;
      if (r.statusSubresource()) {
        ObjectRules.setOrRemove(c, "status", live.get("status"));
      }
    }
    ServerSideApply.recordUpdate(live, c, manager, status ? Scope.STATUS : Scope.MAIN, now());
    return commit(r, live, c, status, dryRun);
  }

  /**
   * Writes a status for a controller, as a status update by {@code manager}.
   *
   * @return whether the status changed
   */
  boolean writeStatus(ApiResource r, ObjectNode live, JsonNode status, String manager) {
    if (status.equals(live.get("status"))) {
      return false;
    }
    ObjectNode c = live.deepCopy();
    c.set("status", status.deepCopy());
    ServerSideApply.recordUpdate(live, c, manager, Scope.STATUS, now());
    return commit(r, live, c, true, false).changed();
  }

  /**
   * DELETE of one object: removed at once, or marked for deletion while it has finalizers. Deleting
   * a Namespace deletes what is in it; deleting a CRD deletes its custom resources.
   */
  Result delete(ApiResource r, ObjectNode live, boolean dryRun) {
    if (!dryRun) {
      for (ObjectNode o : dependents(r, live)) {
        store
            .resources()
            .byKind(o.path("apiVersion").asString(""), o.path("kind").asString(""))
            .ifPresent(or -> delete(or, o, false));
      }
    }
    JsonNode finalizers = live.path("metadata").path("finalizers");
    ObjectNode c = live.deepCopy();
    ObjectNode meta = c.withObjectProperty("metadata");
    if (finalizers.isArray() && !finalizers.isEmpty()) {
      if (meta.has("deletionTimestamp")) {
        return new Result(200, live, false);
      }
      meta.put("deletionTimestamp", now()).put("deletionGracePeriodSeconds", 0);
    }
    meta.put("resourceVersion", String.valueOf(store.nextResourceVersion()));
    if (!dryRun) {
      if (meta.has("deletionTimestamp") && finalizers.isArray() && !finalizers.isEmpty()) {
        store.save(r, live, c);
      } else {
        store.remove(r, c);
      }
    }
    return new Result(200, c, !dryRun);
  }

  private List<ObjectNode> dependents(ApiResource r, ObjectNode live) {
    List<ObjectNode> out = new ArrayList<>();
    if (ApiResources.NAMESPACES.equals(r)) {
      String ns = live.path("metadata").path("name").asString("");
      for (ObjectNode o : store.all()) {
        if (ns.equals(o.path("metadata").path("namespace").asString(""))) {
          out.add(o);
        }
      }
    } else if (ApiResources.CRDS.equals(r)) {
      String group = live.path("spec").path("group").asString("");
      String kind = live.path("spec").path("names").path("kind").asString("");
      for (ObjectNode o : store.all()) {
        if (o.path("apiVersion").asString("").startsWith(group + "/")
            && kind.equals(o.path("kind").asString(""))) {
          out.add(o);
        }
      }
    }
    return out;
  }

  private Result commit(
      ApiResource r, @Nullable ObjectNode live, ObjectNode c, boolean statusWrite, boolean dryRun) {
    ObjectNode meta = c.withObjectProperty("metadata");
    if (live == null) {
      meta.put("uid", UUID.randomUUID().toString());
      meta.put("creationTimestamp", now());
      meta.put("generation", 1);
      meta.remove("deletionTimestamp");
      meta.remove("resourceVersion");
    } else {
      ObjectRules.copyServerMetadata(live, meta);
      if (!statusWrite && ObjectRules.specChanged(live, c)) {
        meta.put("generation", live.path("metadata").path("generation").asLong(0) + 1);
      }
    }
    if (!statusWrite) {
      validation.validate(r, c);
    }
    if (live != null && live.equals(c)) {
      return new Result(200, live, false);
    }
    meta.put("resourceVersion", String.valueOf(store.nextResourceVersion()));
    JsonNode finalizers = meta.path("finalizers");
    boolean finalized = !finalizers.isArray() || finalizers.isEmpty();
    if (live != null && meta.has("deletionTimestamp") && finalized) {
      if (!dryRun) {
        store.remove(r, c);
      }
      return new Result(200, c, !dryRun);
    }
    if (!dryRun) {
      store.save(r, live, c);
    }
    return new Result(live == null ? 201 : 200, c, !dryRun);
  }

  private ObjectNode existing(ApiResource r, RequestPath p) {
    String name = Objects.requireNonNull(p.name());
    ObjectNode live = store.get(r, r.namespaced() ? p.namespace() : null, name);
    if (live == null) {
      throw KubeException.notFound(r, name);
    }
    return live;
  }

  private void requireNamespace(ApiResource r, @Nullable String namespace) {
    if (namespace != null && store.get(ApiResources.NAMESPACES, null, namespace) == null) {
      throw KubeException.namespaceNotFound(namespace);
    }
  }

  private static String suffix() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      sb.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
