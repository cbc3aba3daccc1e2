package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fabric8's CRUD dispatcher with the API server's behaviour on top: requests are resolved against
 * the served resources (404 for unknown ones), reads come from Fabric8's CRUD map (with its label
 * and field selectors), writes go through {@link Writes} (server-side apply, status subresources,
 * validation), and after every change the controllers run and the cluster-state listeners fire.
 * Every answer, including every refusal, is a response: nothing a client sends escapes as an
 * exception.
 *
 * <p>This class is thread-safe: writes are serialized by one lock.
 */
final class KubeDispatcher extends KubernetesCrudDispatcher implements Store {
  private static final System.Logger LOG = System.getLogger(KubeDispatcher.class.getName());

  private final Object lock = new Object();
  private final AtomicLong resourceVersion = new AtomicLong();
  private final ClusterIndex index;
  private final Watches watches;
  private final ApiResources resources;
  private final Writes writes;
  private final Controllers controllers;

  KubeDispatcher(Clock clock, String frontDoorHost, ClusterIndex index, Watches watches) {
    this.index = index;
    this.watches = watches;
    this.resources = new ApiResources(() -> new ArrayList<>(index.list(ApiResources.CRDS)));
    this.writes = new Writes(this, new Validation(), clock);
    this.controllers = new Controllers(this, writes, frontDoorHost);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      return route(request);
    } catch (KubeException e) {
      return e.response();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "unexpected failure answering a Kubernetes request", e);
      return KubeException.internal("the emulator failed: " + e.getClass().getSimpleName())
          .response();
    }
  }

  private MockResponse route(RecordedRequest request) {
    String uri = request.getPath();
    HttpMethod method = request.method();
    String path = uri.split("\\?")[0];
    if ("/version".equals(path)) {
      return Requests.json(200, Discovery.version());
    }
    if (path.startsWith(OpenApi.ROOT) && method == HttpMethod.GET) {
      return Requests.json(200, OpenApi.document(path, resources));
    }
    RequestPath p = RequestPath.parse(uri);
    if (p == null) {
      throw KubeException.resourceNotFound();
    }
    if (p.discovery()) {
      if (method != HttpMethod.GET) {
        throw KubeException.methodNotAllowed();
      }
      return Requests.json(200, Discovery.document(p, resources));
    }
    ApiResource r = resource(p);
    String body = request.getBody() == null ? "" : request.getUtf8Body();
    boolean dryRun = "All".equals(p.param("dryRun"));
    String manager = Requests.manager(request, p);
    switch (method) {
      case GET:
        if (p.watch()) {
          throw KubeException.badRequest("watch requests are served on their own connection");
        }
        return p.name() == null ? list(r, p) : Requests.json(200, existing(r, p));
      case POST:
        Requests.requireCollection(r, p);
        Requests.requireJson(request);
        return write(() -> writes.create(r, p, Bodies.object(body, false), manager, dryRun));
      case PUT:
        Requests.requireName(p);
        Requests.requireJson(request);
        return write(() -> writes.replace(r, p, Bodies.object(body, false), manager, dryRun));
      case PATCH:
        Requests.requireName(p);
        Bodies.PatchType type = Bodies.patchType(request.getHeader("Content-Type"));
        String m = type == Bodies.PatchType.APPLY ? p.param("fieldManager") : manager;
        return write(() -> writes.patch(r, p, type, body, m, dryRun));
      case DELETE:
        if (p.name() == null) {
          return deleteCollection(r, p, dryRun);
        }
        return write(() -> writes.delete(r, existing(r, p), dryRun));
      default:
        throw KubeException.methodNotAllowed();
    }
  }

  /**
   * Opens a watch for a {@code ?watch=true} request.
   *
   * @throws KubeException when the path is not a watchable collection
   */
  Watches.Watch watch(String uri, Watches.Sink sink) {
    RequestPath p = RequestPath.parse(uri);
    if (p == null || p.discovery()) {
      throw KubeException.resourceNotFound();
    }
    ApiResource r = resource(p);
    AttributeSet query = getAttributeExtractor().fromPath(uri);
    if (p.name() != null) {
      throw KubeException.badRequest("watch a collection, selecting one object by fieldSelector");
    }
    synchronized (lock) {
      return watches.open(query, p.param("resourceVersion"), entries(), sink);
    }
  }

  /** Creates an object as {@code manager} would with a POST, then lets the controllers run. */
  ObjectNode create(ApiResource r, ObjectNode object, String manager) {
    String ns = object.path("metadata").path("namespace").asString(null);
    RequestPath p =
        new RequestPath(r.group(), r.version(), ns, r.plural(), null, null, Map.of(), "");
    return run(() -> writes.create(r, p, object, manager, false)).object();
  }

  /** Writes the status of a stored object as {@code manager}. */
  void writeStatus(ApiResource r, ObjectNode object, JsonNode status, String manager) {
    run(() -> new Writes.Result(200, object, writes.writeStatus(r, object, status, manager)));
  }

  private MockResponse write(Supplier<Writes.Result> op) {
    Writes.Result result = run(op);
    return Requests.json(result.code(), result.object());
  }

  private Writes.Result run(Supplier<Writes.Result> op) {
    Writes.Result result;
    synchronized (lock) {
      result = op.get();
      if (result.changed()) {
        controllers.reconcile();
      }
    }
    if (result.changed()) {
      index.changed();
    }
    return result;
  }

  private MockResponse list(ApiResource r, RequestPath p) {
    AttributeSet query = getAttributeExtractor().fromPath(p.raw());
    List<String> items = new ArrayList<>();
    for (Map.Entry<AttributeSet, String> e : entries()) {
      if (e.getKey().matches(query)) {
        items.add(e.getValue());
      }
    }
    return Requests.list(r, items, resourceVersion.get());
  }

  private MockResponse deleteCollection(ApiResource r, RequestPath p, boolean dryRun) {
    AttributeSet query = getAttributeExtractor().fromPath(p.raw());
    List<ObjectNode> deleted = new ArrayList<>();
    boolean changed = false;
    synchronized (lock) {
      for (ObjectNode o : index.list(r)) {
        String ns = o.path("metadata").path("namespace").asString(null);
        String name = o.path("metadata").path("name").asString("");
        Map.Entry<AttributeSet, String> e = find(getKey(objectPath(r, ns, name)));
        if (e != null && e.getKey().matches(query)) {
          Writes.Result result = writes.delete(r, o, dryRun);
          deleted.add(result.object());
          changed |= result.changed();
        }
      }
      if (changed) {
        controllers.reconcile();
      }
    }
    if (changed) {
      index.changed();
    }
    ObjectNode list = Json.mapper().createObjectNode();
    list.put("apiVersion", r.apiVersion()).put("kind", r.kind() + "List");
    list.putObject("metadata").put("resourceVersion", String.valueOf(resourceVersion.get()));
    deleted.forEach(list.putArray("items")::add);
    return Requests.json(200, list);
  }

  private ApiResource resource(RequestPath p) {
    ApiResource r =
        resources
            .resolve(
                Objects.requireNonNull(p.group()),
                Objects.requireNonNull(p.version()),
                Objects.requireNonNull(p.resource()))
            .orElseThrow(KubeException::resourceNotFound);
    boolean statusPath = "status".equals(p.subresource()) && r.statusSubresource();
    if ((p.subresource() != null && !statusPath) || (!r.namespaced() && p.namespace() != null)) {
      throw KubeException.resourceNotFound();
    }
    return r;
  }

  private ObjectNode existing(ApiResource r, RequestPath p) {
    String name = Objects.requireNonNull(p.name());
    if (r.namespaced() && p.namespace() == null) {
      throw KubeException.resourceNotFound();
    }
    ObjectNode o = index.get(r, p.namespace(), name);
    if (o == null) {
      throw KubeException.notFound(r, name);
    }
    return o;
  }

  private List<Map.Entry<AttributeSet, String>> entries() {
    synchronized (map) {
      return new ArrayList<>(map.entrySet());
    }
  }

  private Map.@Nullable Entry<AttributeSet, String> find(AttributeSet key) {
    synchronized (map) {
      for (Map.Entry<AttributeSet, String> e : map.entrySet()) {
        if (e.getKey().matches(key)) {
          return Map.entry(e.getKey(), e.getValue());
        }
      }
    }
    return null;
  }

  private static String objectPath(ApiResource r, @Nullable String namespace, String name) {
    String base = r.group().isEmpty() ? "/api/v1" : "/apis/" + r.group() + "/" + r.version();
    return base
        + (namespace == null ? "" : "/namespaces/" + namespace)
        + "/"
        + r.plural()
        + "/"
        + name;
  }

  // Store

  @Override
  public ApiResources resources() {
    return resources;
  }

  @Override
  public @Nullable ObjectNode get(ApiResource r, @Nullable String namespace, String name) {
    return index.get(r, r.namespaced() ? namespace : null, name);
  }

  @Override
  public List<ObjectNode> list(ApiResource r) {
    return index.list(r);
  }

  @Override
  public List<ObjectNode> all() {
    return index.all();
  }

  @Override
  public long nextResourceVersion() {
    return resourceVersion.incrementAndGet();
  }

  @Override
  public long currentResourceVersion() {
    return resourceVersion.get();
  }

  @Override
  public void save(ApiResource r, @Nullable ObjectNode old, ObjectNode object) {
    JsonNode meta = object.path("metadata");
    String path =
        objectPath(r, meta.path("namespace").asString(null), meta.path("name").asString(""));
    AttributeSet pathAttributes = getKey(path);
    Map.Entry<AttributeSet, String> before = find(pathAttributes);
    String json = Json.mapper().writeValueAsString(object);
    processEvent(path, pathAttributes, before == null ? null : before.getKey(), null, json);
    Map.Entry<AttributeSet, String> after = Objects.requireNonNull(find(pathAttributes));
    index.put(object);
    watches.publish(
        Long.parseLong(meta.path("resourceVersion").asString("0")),
        before == null ? null : before.getKey(),
        after.getKey(),
        before == null ? null : before.getValue(),
        json);
  }

  @Override
  public void remove(ApiResource r, ObjectNode lastState) {
    JsonNode meta = lastState.path("metadata");
    String path =
        objectPath(r, meta.path("namespace").asString(null), meta.path("name").asString(""));
    AttributeSet pathAttributes = getKey(path);
    Map.Entry<AttributeSet, String> before = find(pathAttributes);
    if (before == null) {
      return;
    }
    processEvent(path, pathAttributes, before.getKey(), null, null);
    index.remove(lastState);
    watches.publish(
        Long.parseLong(meta.path("resourceVersion").asString("0")),
        before.getKey(),
        null,
        before.getValue(),
        Json.mapper().writeValueAsString(lastState));
  }
}
