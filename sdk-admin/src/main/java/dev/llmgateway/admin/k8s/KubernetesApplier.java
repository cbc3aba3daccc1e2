package dev.llmgateway.admin.k8s;

import dev.llmgateway.admin.k8s.internal.ApplyOrder;
import dev.llmgateway.admin.k8s.internal.Crds;
import dev.llmgateway.admin.k8s.internal.Readiness;
import dev.llmgateway.admin.k8s.internal.Waits;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ServerSideApplicable;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Applies, waits for and deletes the gateway's objects with a Fabric8 {@link KubernetesClient}:
 * server-side apply under a fixed field manager, in dependency order, with informer-based waits
 * that fail early when a controller reports a problem.
 *
 * <pre>{@code
 * try (KubernetesClient client = new KubernetesClientBuilder().build()) {
 *   KubernetesApplier applier = KubernetesApplier.builder().client(client).build();
 *   List<HasMetadata> objects = GuideResources.builder().project("my-project").build().objects();
 *   applier.requireCrds(objects);
 *   applier.applyAndWait(objects);
 *   // ... later
 *   applier.delete(objects);
 * }
 * }</pre>
 *
 * <p>Waits: a Deployment until {@code Available=True}; a Gateway until {@code Programmed=True} with
 * an address; an HTTPRoute until the status entry of each of its parent Gateways (matched by
 * reference, not position) has {@code Accepted=True} and {@code ResolvedRefs=True}; a
 * GCPTrafficExtension likewise for each target ancestor; Apigee operator resources until {@code
 * status.state} is {@code CREATED} or {@code RUNNING}; everything else until it exists. A {@code
 * False} condition (other than a Gateway's {@code Programmed=False/Pending}) or an Apigee {@code
 * errorMessage} ends the wait at once with {@link ResourceNotReadyException} carrying the reason.
 *
 * <p>This class is thread-safe; it owns no resources (close the client yourself).
 */
public final class KubernetesApplier {

  /** The default field manager, {@value}. */
  public static final String FIELD_MANAGER = "llm-gateway-java";

  /** The default timeout of one wait: 5 minutes (Gateway and ApigeeBackendService: 15). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  /**
   * The default timeout for kinds whose controller builds cloud infrastructure (a load balancer, a
   * Private Service Connect attachment): 15 minutes.
   */
  public static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofMinutes(15);

  private final KubernetesClient client;
  private final String fieldManager;
  private final boolean forceConflicts;
  private final Duration defaultTimeout;
  private final Map<String, Duration> timeouts;
  private final Consumer<String> progress;

  private KubernetesApplier(Builder b, KubernetesClient client) {
    this.client = client;
    this.fieldManager = b.fieldManager;
    this.forceConflicts = b.forceConflicts;
    this.defaultTimeout = b.defaultTimeout;
    this.timeouts = Map.copyOf(b.timeouts);
    this.progress = b.progress;
  }

  /**
   * Returns a builder. Required: {@code client}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the objects in the order {@link #apply(List)} uses: Helm's install order for the
   * chart's kinds, then InferenceObjective, Gateway, HTTPRoute, ApigeeBackendService,
   * GCPTrafficExtension, APIProduct, APIOperationSet.
   *
   * @param objects the objects
   * @param <T> the object type
   * @return a new sorted list
   */
  public static <T extends HasMetadata> List<T> applyOrder(List<T> objects) {
    return ApplyOrder.forApply(objects);
  }

  /**
   * Fails when a CRD the objects need is not installed.
   *
   * @param objects the objects to check
   * @throws MissingCrdException naming every missing CRD
   * @throws ClusterOperationException when the CRDs cannot be read (for example without RBAC
   *     permission to get {@code customresourcedefinitions})
   */
  public void requireCrds(List<? extends HasMetadata> objects) {
    List<String> missing;
    try {
      missing = Crds.missing(client, objects);
    } catch (KubernetesClientException e) {
      throw new ClusterOperationException(
          "cannot read the cluster's CRDs (needs get on customresourcedefinitions): "
              + e.getMessage(),
          e);
    }
    if (!missing.isEmpty()) {
      throw new MissingCrdException(missing);
    }
  }

  /**
   * Checks that the object's CRD is installed, then server-side applies it (status and server-set
   * metadata are stripped first).
   *
   * @param object the object
   * @param <T> the object type
   * @return the object as stored by the server
   * @throws MissingCrdException when its CRD is missing (nothing is applied)
   * @throws ApplyConflictException when fields are owned by other field managers (HTTP 409)
   * @throws ClusterOperationException when the server rejects the object
   */
  public <T extends HasMetadata> T apply(T object) {
    requireCrds(List.of(object));
    return applyChecked(object);
  }

  /** Applies one object whose CRD was checked. */
  private <T extends HasMetadata> T applyChecked(T object) {
    T fresh = Crds.fresh(object);
    progress.accept("apply " + Readiness.describe(fresh));
    try {
      ServerSideApplicable<T> ssa = client.resource(fresh).fieldManager(fieldManager);
      if (forceConflicts) {
        ssa = ssa.forceConflicts();
      }
      return ssa.serverSideApply();
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
        throw Conflicts.of(Readiness.describe(fresh), e);
      }
      throw new ClusterOperationException(
          "apply of " + Readiness.describe(fresh) + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Checks that the CRDs are installed, then server-side applies objects in dependency order,
   * without waiting.
   *
   * @param objects the objects
   * @return the objects as stored by the server, in apply order
   * @throws MissingCrdException when a CRD is missing (nothing is applied)
   * @throws ApplyConflictException when fields of an object are owned by other field managers
   * @throws ClusterOperationException when the server rejects an object (later ones are skipped)
   */
  public List<HasMetadata> apply(List<? extends HasMetadata> objects) {
    requireCrds(objects);
    List<HasMetadata> applied = new ArrayList<>();
    for (HasMetadata o : ApplyOrder.forApply(new ArrayList<HasMetadata>(objects))) {
      applied.add(applyChecked(o));
    }
    return applied;
  }

  /**
   * Checks that the CRDs are installed, then applies objects in dependency order and waits for each
   * to be ready before the next.
   *
   * @param objects the objects
   * @return the objects as last observed, in apply order
   * @throws MissingCrdException when a CRD is missing (nothing is applied)
   * @throws ResourceNotReadyException when a wait fails or times out
   * @throws ClusterOperationException when the server rejects an object
   */
  public List<HasMetadata> applyAndWait(List<? extends HasMetadata> objects) {
    requireCrds(objects);
    List<HasMetadata> ready = new ArrayList<>();
    for (HasMetadata o : ApplyOrder.forApply(new ArrayList<HasMetadata>(objects))) {
      ready.add(waitUntilReady(applyChecked(o)));
    }
    return ready;
  }

  /**
   * Waits until an object is ready, with the timeout configured for its kind.
   *
   * @param object the object (its kind, namespace and name are used)
   * @param <T> the object type
   * @return the object as observed when ready
   * @throws ResourceNotReadyException on a reported failure or timeout
   */
  public <T extends HasMetadata> T waitUntilReady(T object) {
    return waitUntilReady(object, timeouts.getOrDefault(object.getKind(), defaultTimeout));
  }

  /**
   * Waits until an object is ready.
   *
   * @param object the object (its kind, namespace and name are used)
   * @param timeout how long to wait
   * @param <T> the object type
   * @return the object as observed when ready
   * @throws ResourceNotReadyException on a reported failure or timeout
   */
  public <T extends HasMetadata> T waitUntilReady(T object, Duration timeout) {
    progress.accept("wait for " + Readiness.describe(object));
    return Waits.await(client, object, timeout);
  }

  /**
   * Deletes objects in reverse dependency order; absent objects count as deleted.
   *
   * @param objects the objects
   * @return how many objects were deleted (absent ones not counted)
   * @throws ClusterOperationException when a delete fails for another reason than 404
   */
  public int delete(List<? extends HasMetadata> objects) {
    int deleted = 0;
    for (HasMetadata o : ApplyOrder.forDelete(new ArrayList<HasMetadata>(objects))) {
      if (delete(o)) {
        deleted++;
      }
    }
    return deleted;
  }

  /**
   * Deletes one object; an absent object counts as deleted.
   *
   * @param object the object
   * @return true when it existed
   * @throws ClusterOperationException when the delete fails for another reason than 404
   */
  public boolean delete(HasMetadata object) {
    progress.accept("delete " + Readiness.describe(object));
    try {
      return !client.resource(Crds.fresh(object)).delete().isEmpty();
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return false;
      }
      throw new ClusterOperationException(
          "delete of " + Readiness.describe(object) + " failed: " + e.getMessage(), e);
    }
  }

  /** Builds a {@link KubernetesApplier}. */
  public static final class Builder {
    private @Nullable KubernetesClient client;
    private String fieldManager = FIELD_MANAGER;
    private boolean forceConflicts;
    private Duration defaultTimeout = DEFAULT_TIMEOUT;
    private final Map<String, Duration> timeouts = new HashMap<>();
    private Consumer<String> progress = message -> {};

    private Builder() {
      timeouts.put("Gateway", INFRASTRUCTURE_TIMEOUT);
      timeouts.put("ApigeeBackendService", INFRASTRUCTURE_TIMEOUT);
    }

    /**
     * Sets the client (required). The applier does not close it.
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(KubernetesClient client) {
      this.client = client;
      return this;
    }

    /**
     * Sets the field manager (default {@value #FIELD_MANAGER}).
     *
     * @param fieldManager the field manager
     * @return this builder
     */
    public Builder fieldManager(String fieldManager) {
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * Sets whether apply takes over fields owned by other managers (default false: conflicts fail
     * the apply).
     *
     * @param force the flag
     * @return this builder
     */
    public Builder forceConflicts(boolean force) {
      this.forceConflicts = force;
      return this;
    }

    /**
     * Sets the timeout of a wait for kinds without their own (default 5 minutes; Gateway and
     * ApigeeBackendService have {@link #INFRASTRUCTURE_TIMEOUT} unless set with {@link
     * #timeout(String, Duration)}).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder defaultTimeout(Duration timeout) {
      this.defaultTimeout = timeout;
      return this;
    }

    /**
     * Sets the timeout of waits for one kind, for example {@code "Gateway"}.
     *
     * @param kind the kind
     * @param timeout the timeout
     * @return this builder
     */
    public Builder timeout(String kind, Duration timeout) {
      timeouts.put(Checks.notBlank(kind, "kind"), timeout);
      return this;
    }

    /**
     * Sets a listener for progress messages such as {@code apply Gateway ns/name}.
     *
     * @param listener the listener, called on the applying thread
     * @return this builder
     */
    public Builder onProgress(Consumer<String> listener) {
      this.progress = Checks.notNullArgument(listener, "onProgress");
      return this;
    }

    /**
     * Builds the applier.
     *
     * @return the applier
     * @throws IllegalArgumentException when a field is invalid, naming the field
     */
    public KubernetesApplier build() {
      KubernetesClient c = Checks.notNullArgument(client, "client");
      Checks.notBlank(fieldManager, "fieldManager");
      positive(defaultTimeout, "defaultTimeout");
      timeouts.forEach((kind, t) -> positive(t, "timeout(" + kind + ")"));
      return new KubernetesApplier(this, c);
    }

    private static void positive(@Nullable Duration d, String field) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(field + " must be positive but was " + d);
      }
    }
  }
}
