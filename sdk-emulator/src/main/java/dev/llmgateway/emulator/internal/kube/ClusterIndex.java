package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.admin.k8s.internal.Serialization;
import dev.llmgateway.emulator.internal.ClusterState;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every stored object in creation order, parsed, for the emulator's own readers: the write
 * pipeline, the controllers and the other parts of the emulator through {@link ClusterState}.
 * Stored nodes are never changed in place (a write replaces them), so readers must copy before
 * changing one. Typed lists are converted once per change and shared: treat them as read-only. An
 * object its typed class cannot read (only possible for kinds without typed validation) is left out
 * of typed lists.
 *
 * <p>This class is thread-safe.
 */
final class ClusterIndex implements ClusterState {
  private static final System.Logger LOG = System.getLogger(ClusterIndex.class.getName());

  private final Map<String, ObjectNode> objects = new LinkedHashMap<>();
  private final Map<Class<?>, List<?>> typed = new HashMap<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** Stores or replaces an object; a replaced object keeps its place in creation order. */
  synchronized void put(ObjectNode object) {
    objects.put(identity(object), object);
    typed.clear();
  }

  /** Removes an object. */
  synchronized void remove(JsonNode object) {
    objects.remove(identity(object));
    typed.clear();
  }

  /** Returns an object, or null. */
  synchronized @Nullable ObjectNode get(ApiResource r, @Nullable String namespace, String name) {
    return objects.get(identity(r.apiVersion(), r.kind(), namespace, name));
  }

  /** Returns the objects of a resource, in all namespaces, in creation order. */
  synchronized List<ObjectNode> list(ApiResource r) {
    return list(r.apiVersion(), r.kind());
  }

  /** Returns the objects of an apiVersion and kind, in creation order. */
  synchronized List<ObjectNode> list(String apiVersion, String kind) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode o : objects.values()) {
      if (apiVersion.equals(o.path("apiVersion").asString(""))
          && kind.equals(o.path("kind").asString(""))) {
        out.add(o);
      }
    }
    return out;
  }

  /** Returns every object in creation order. */
  synchronized List<ObjectNode> all() {
    return new ArrayList<>(objects.values());
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized <T extends HasMetadata> List<T> list(Class<T> type) {
    List<?> cached = typed.get(type);
    if (cached == null) {
      List<T> out = new ArrayList<>();
      for (ObjectNode o : list(HasMetadata.getApiVersion(type), HasMetadata.getKind(type))) {
        try {
          out.add(Serialization.KUBERNETES.convertValue(o, type));
        } catch (RuntimeException e) {
          // Only kinds without typed validation can hold such objects; readers never see them.
          LOG.log(
              System.Logger.Level.WARNING,
              "skipping a stored "
                  + type.getSimpleName()
                  + " its class cannot read ("
                  + e.getClass().getSimpleName()
                  + ")");
        }
      }
      cached = List.copyOf(out);
      typed.put(type, cached);
    }
    return (List<T>) cached;
  }

  @Override
  public void addListener(Runnable onChange) {
    listeners.add(java.util.Objects.requireNonNull(onChange, "onChange == null"));
  }

  /** Runs the listeners; a failing listener is logged and does not stop the others. */
  void changed() {
    for (Runnable l : listeners) {
      try {
        l.run();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "a cluster-state listener failed", e);
      }
    }
  }

  private static String identity(JsonNode o) {
    JsonNode meta = o.path("metadata");
    return identity(
        o.path("apiVersion").asString(""),
        o.path("kind").asString(""),
        meta.path("namespace").asString(null),
        meta.path("name").asString(""));
  }

  private static String identity(
      String apiVersion, String kind, @Nullable String namespace, String name) {
    return apiVersion + "/" + kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
  }
}
