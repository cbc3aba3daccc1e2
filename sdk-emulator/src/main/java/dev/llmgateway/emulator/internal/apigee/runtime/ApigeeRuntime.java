package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.emulator.internal.ClusterState;
import dev.llmgateway.emulator.internal.Exchange;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.Governance;
import dev.llmgateway.emulator.internal.apigee.bundle.EndpointPlan;
import dev.llmgateway.emulator.internal.apigee.bundle.ProxyPlan;
import dev.llmgateway.emulator.internal.apigee.store.ApigeeStore;
import dev.llmgateway.emulator.internal.apigee.store.Catalog;
import dev.llmgateway.emulator.internal.apigee.store.OrgStore;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Apigee runtime, driven by what was applied to the cluster and the management API:
 *
 * <ol>
 *   <li>No ApigeeBackendService referenced by a GCPTrafficExtension: nothing runs.
 *   <li>A proxy revision is READY in the backend's environment under the backend's name: it runs
 *       instead of the operator's proxy. This is how the guide's token-quota proxy {@code
 *       apigee-llm-inf-gw} takes over: it is imported and deployed (with override) under the name
 *       of the ApigeeBackendService, i.e. as a new revision of the proxy the operator generated for
 *       it (assumed; the operator's proxy is not public).
 *   <li>No API product enforces the backend (an operation config with the backend as {@code
 *       apiSource}, or the backend among its {@code proxies}): the operator's default security
 *       fault if {@code defaultSecurityEnabled}, else nothing.
 *   <li>Otherwise the operator's proxy: the key in {@code x-api-key} is checked (DESIGN 9.1 order),
 *       then the matched product's request quota, counted per app in clock-aligned UTC windows.
 * </ol>
 *
 * <p>Thread-safe; called on event loops, it never blocks.
 */
public final class ApigeeRuntime implements Governance {

  private static final String STATE = "emulator.apigee.flow";

  private final ApigeeStore store;
  private final ClusterState cluster;
  private final Clock clock;
  private final QuotaCounters counters = new QuotaCounters();
  private final BundleExecutor executor;
  private volatile @Nullable Backend backend;

  /**
   * Creates the runtime and syncs the APIProduct resources into the store.
   *
   * @param store the organizations
   * @param cluster what was applied to the Kubernetes API
   * @param clock the clock of quota windows and key expiry
   */
  public ApigeeRuntime(ApigeeStore store, ClusterState cluster, Clock clock) {
    this.store = store;
    this.cluster = cluster;
    this.clock = clock;
    this.executor = new BundleExecutor(new PolicyRunner(clock, counters, new SpikeLimiter()));
    cluster.addListener(this::refresh);
    refresh();
  }

  /** Rereads the cluster: the governing backend and the API products the operator would sync. */
  public synchronized void refresh() {
    backend = Backend.find(cluster);
    OperatorSync.sync(cluster, store);
  }

  @Override
  public Future<@Nullable Fault> onRequest(Exchange exchange) {
    try {
      return Future.succeededFuture(request(exchange));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private @Nullable Fault request(Exchange ex) {
    Backend b = backend;
    if (b == null) {
      return null;
    }
    OrgStore org = b.environment() == null ? null : store.withEnvironment(b.environment());
    Catalog catalog = (org != null ? org : store.organizations().get(0)).catalog();
    String env = b.environment() == null ? "" : b.environment();
    ProxyPlan plan = catalog.serving(env, b.name());
    if (plan != null) {
      return bundle(ex, catalog, env, plan);
    }
    if (!enforced(catalog, b.name())) {
      return b.defaultSecurity() ? ApigeeFaults.defaultSecurity() : null;
    }
    long now = clock.millis();
    KeyCheck.Result r =
        KeyCheck.check(
            catalog,
            ex.requestHeaders().get("x-api-key"),
            "request.header.x-api-key",
            b.name(),
            ex.path(),
            ex.method(),
            env,
            now);
    if (r.fault() != null) {
      return r.fault();
    }
    KeyCheck.setVariables(ex.variables(), "", r.key(), r.match());
    Quota q = r.match().quota();
    if (q == null) {
      return null;
    }
    String key =
        "product|"
            + catalog.organization()
            + "|"
            + r.match().product().name()
            + "|"
            + r.match().configIndex()
            + "|"
            + r.key().appId();
    QuotaCounters.Outcome o =
        counters.apply(
            key,
            QuotaWindow.aligned(now, q.interval(), q.timeUnit()),
            false,
            now,
            q.limit(),
            1,
            true,
            true);
    return o.violated() ? ApigeeFaults.quotaViolation("_default") : null;
  }

  private @Nullable Fault bundle(Exchange ex, Catalog catalog, String env, ProxyPlan plan) {
    EndpointPlan endpoint = plan.endpointFor(ex.path());
    String base = endpoint.basePath();
    String suffix =
        !base.equals("/") && ex.path().startsWith(base)
            ? ex.path().substring(base.length())
            : ex.path();
    FlowState s = new FlowState(ex, catalog, env, plan, endpoint, suffix.isEmpty() ? "/" : suffix);
    s.flow = BundleExecutor.chooseFlow(endpoint, s);
    ex.variables().put(STATE, s);
    Fault f = executor.request(s);
    if (f != null) {
      // The fault is the response (a semantic cache hit too); the PostClientFlow runs after it.
      s.response(f.status(), MultiMap.caseInsensitiveMultiMap(), Buffer.buffer(f.body()));
      executor.postClient(s);
    }
    return f;
  }

  @Override
  public Future<@Nullable Fault> onResponse(
      Exchange exchange, int status, MultiMap headers, Buffer body) {
    try {
      if (!(exchange.variables().get(STATE) instanceof FlowState)) {
        return Future.succeededFuture();
      }
      FlowState s = (FlowState) exchange.variables().get(STATE);
      s.response(status, headers, body);
      Fault f = executor.response(s);
      executor.postClient(s);
      if (f != null || !s.responseRewritten) {
        return Future.succeededFuture(f);
      }
      Map<String, String> flat = new LinkedHashMap<>();
      s.responseHeaders
          .names()
          .forEach(n -> flat.put(n, String.join(", ", s.responseHeaders.getAll(n))));
      Buffer out = s.responseBody == null ? Buffer.buffer() : s.responseBody;
      return Future.succeededFuture(new Fault(s.status, s.reasonPhrase, flat, out.getBytes()));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  @Override
  public void onStreamEnd(Exchange exchange, @Nullable Buffer usage) {
    if (!(exchange.variables().get(STATE) instanceof FlowState)) {
      return;
    }
    FlowState s = (FlowState) exchange.variables().get(STATE);
    Buffer content =
        usage == null ? null : Buffer.buffer("{\"usage\":").appendBuffer(usage).appendString("}");
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/event-stream");
    s.response(200, headers, content);
    executor.response(s);
    if (usage != null) {
      // The EventFlow runs on the event that carries usage: vLLM's final chunk.
      s.eventContent = "{\"choices\":[],\"usage\":" + usage.toString(StandardCharsets.UTF_8) + "}";
      executor.event(s);
      s.eventContent = null;
    }
    executor.postClient(s);
  }

  private static boolean enforced(Catalog catalog, String proxy) {
    for (ApiProduct p : catalog.products()) {
      if (p.proxies().contains(proxy)) {
        return true;
      }
      if (p.operationGroup().isPresent()) {
        for (OperationConfig c : p.operationGroup().get().operationConfigs()) {
          if (c.apiSource().equals(proxy)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
