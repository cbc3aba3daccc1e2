package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.emulator.internal.apigee.bundle.ProxyPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory state of one Apigee organization and its environments, with one service per
 * resource of the management API. Every read and change holds this object's lock; after each change
 * a new {@link Catalog} is published for the runtime. Thread-safe.
 */
public final class OrgStore {

  final String name;
  final Set<String> environments;
  final Clock clock;
  final Scheduler scheduler;
  final Duration deploymentDelay;
  final Map<String, DeveloperEntity> developers = new TreeMap<>();
  final Map<String, ApiProduct> products = new TreeMap<>();
  final Set<String> operatorProducts = new LinkedHashSet<>();
  final Map<String, ProxyEntity> proxies = new TreeMap<>();
  final Map<String, Map<String, DeploymentEntity>> deployments = new TreeMap<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile Catalog catalog;

  OrgStore(
      String name,
      Set<String> environments,
      Clock clock,
      Scheduler scheduler,
      Duration deploymentDelay) {
    this.name = name;
    this.environments = Set.copyOf(environments);
    this.clock = clock;
    this.scheduler = scheduler;
    this.deploymentDelay = deploymentDelay;
    environments.forEach(e -> deployments.put(e, new TreeMap<>()));
    this.catalog = build();
  }

  /** Returns the organization name. */
  public String name() {
    return name;
  }

  /** Returns the environment names. */
  public Set<String> environments() {
    return environments;
  }

  /** Returns the latest snapshot for the runtime. */
  public Catalog catalog() {
    return catalog;
  }

  /** Returns the developers service. */
  public DeveloperService developers() {
    return new DeveloperService(this);
  }

  /** Returns the developer apps service. */
  public AppService apps() {
    return new AppService(this);
  }

  /** Returns the app keys service. */
  public KeyService keys() {
    return new KeyService(this);
  }

  /** Returns the API products service. */
  public ProductService products() {
    return new ProductService(this);
  }

  /** Returns the API proxies service. */
  public ProxyService proxies() {
    return new ProxyService(this);
  }

  /** Returns the deployments service. */
  public DeploymentService deployments() {
    return new DeploymentService(this);
  }

  /**
   * Registers a callback run after every change, on the thread that made it (with the lock held).
   *
   * @param listener the callback; it must return quickly
   */
  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  synchronized <T> T write(Supplier<T> change) {
    T result = change.get();
    catalog = build();
    listeners.forEach(Runnable::run);
    return result;
  }

  synchronized <T> T read(Supplier<T> query) {
    return query.get();
  }

  long now() {
    return clock.millis();
  }

  DeveloperEntity developer(String idOrEmail) {
    DeveloperEntity d = developers.get(idOrEmail.toLowerCase(Locale.ROOT));
    if (d == null) {
      for (DeveloperEntity c : developers.values()) {
        if (c.developerId.equals(idOrEmail)) {
          return c;
        }
      }
      throw ApiError.notFound(
          "developer '" + idOrEmail + "' does not exist in organization '" + name + "'");
    }
    return d;
  }

  AppEntity app(String developer, String app) {
    AppEntity a = developer(developer).apps.get(app);
    if (a == null) {
      throw ApiError.notFound("app '" + app + "' of developer '" + developer + "' does not exist");
    }
    return a;
  }

  KeyEntity key(AppEntity app, String consumerKey) {
    for (KeyEntity k : app.keys) {
      if (MessageDigest.isEqual(
          k.consumerKey.getBytes(StandardCharsets.UTF_8),
          consumerKey.getBytes(StandardCharsets.UTF_8))) {
        return k;
      }
    }
    throw ApiError.notFound("the app '" + app.name + "' has no such consumer key");
  }

  boolean keyExists(String consumerKey) {
    return catalog.key(consumerKey) != null;
  }

  ApiProduct product(String product) {
    ApiProduct p = products.get(product);
    if (p == null) {
      throw ApiError.notFound("API product '" + product + "' does not exist");
    }
    return p;
  }

  void checkEnvironment(String environment) {
    if (!environments.contains(environment)) {
      throw ApiError.notFound(
          "environment '" + environment + "' does not exist in organization '" + name + "'");
    }
  }

  private Catalog build() {
    List<KeyGrant> keys = new ArrayList<>();
    for (DeveloperEntity d : developers.values()) {
      for (AppEntity a : d.apps.values()) {
        for (KeyEntity k : a.keys) {
          List<KeyGrant.ProductGrant> grants = new ArrayList<>();
          k.products.forEach((p, s) -> grants.add(new KeyGrant.ProductGrant(p, s)));
          keys.add(
              new KeyGrant(
                  k.consumerKey,
                  k.status,
                  k.expiresAt,
                  List.copyOf(grants),
                  a.name,
                  a.appId,
                  a.status,
                  d.email,
                  d.developerId,
                  d.status));
        }
      }
    }
    Map<String, Map<String, ProxyPlan>> serving = new HashMap<>();
    deployments.forEach(
        (env, byProxy) -> {
          Map<String, ProxyPlan> plans = new HashMap<>();
          byProxy.forEach(
              (proxy, d) -> {
                ProxyPlan plan = plan(d);
                if (plan == null && d.replaced != null) {
                  plan = plan(d.replaced);
                }
                if (plan != null) {
                  plans.put(proxy, plan);
                }
              });
          serving.put(env, Map.copyOf(plans));
        });
    return new Catalog(name, environments, keys, products, serving);
  }

  private @Nullable ProxyPlan plan(DeploymentEntity d) {
    if (!"READY".equals(d.state)) {
      return null;
    }
    ProxyEntity p = proxies.get(d.proxy);
    ProxyEntity.Revision r = p == null ? null : p.revisions.get(d.revision);
    return r == null ? null : r.bundle().plan();
  }
}
