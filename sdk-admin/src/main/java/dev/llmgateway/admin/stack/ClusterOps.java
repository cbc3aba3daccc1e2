package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.k8s.ClusterOperationException;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.ResourceNotReadyException;
import dev.llmgateway.admin.k8s.internal.Crds;
import dev.llmgateway.admin.k8s.internal.Readiness;
import dev.llmgateway.admin.k8s.internal.Serialization;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ServerSideApplicable;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The cluster operations of the stack: read, dry-run apply, apply and wait, delete and wait until
 * gone; writes go through {@link KubernetesApplier} (server-side apply, fixed field manager).
 */
final class ClusterOps {

  private final KubernetesClient client;
  private final KubernetesApplier applier;
  private final String fieldManager;
  private final boolean forceConflicts;
  private final Duration deleteTimeout;

  ClusterOps(KubernetesClient client, StackSettings settings) {
    this.client = client;
    this.fieldManager = settings.fieldManager();
    this.forceConflicts = settings.forceConflicts();
    this.deleteTimeout = settings.clusterTimeout();
    this.applier =
        KubernetesApplier.builder()
            .client(client)
            .fieldManager(fieldManager)
            .forceConflicts(forceConflicts)
            .defaultTimeout(settings.clusterTimeout())
            .timeout("Gateway", settings.infrastructureTimeout())
            .timeout("ApigeeBackendService", settings.infrastructureTimeout())
            .build();
  }

  KubernetesClient client() {
    return client;
  }

  void requireCrds(java.util.List<HasMetadata> objects) {
    applier.requireCrds(objects);
  }

  /** Reads the live object, or null when it (or its CRD) does not exist. */
  @Nullable HasMetadata get(HasMetadata o) {
    try {
      return client.resource(Crds.fresh(o)).get();
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return null;
      }
      throw new ClusterOperationException(
          "cannot read " + Readiness.describe(o) + ": " + e.getMessage(), e);
    }
  }

  /** Returns what a server-side apply of {@code o} would store, without storing it. */
  HasMetadata dryRun(HasMetadata o) {
    ServerSideApplicable<HasMetadata> ssa =
        client.resource(Crds.fresh(o)).dryRun().fieldManager(fieldManager);
    if (forceConflicts) {
      ssa = ssa.forceConflicts();
    }
    return ssa.serverSideApply();
  }

  /** Returns an object as a tree without status and server-set metadata, for comparison. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> comparable(HasMetadata o) {
    return Serialization.KUBERNETES.convertValue(Crds.fresh(o), Map.class);
  }

  /** Applies an object, then waits until it is ready; returns what was seen. */
  String applyAndWait(HasMetadata o, Progress.Waits waits) {
    return waitUntilReady(applier.apply(o), waits);
  }

  /** Waits until the object is ready (reading it first); returns what was seen when ready. */
  String waitUntilReady(HasMetadata o, Progress.Waits waits) {
    HasMetadata live = get(o);
    Readiness.Verdict first = Readiness.evaluate(o, live);
    if (first.ready) {
      return first.seen;
    }
    waits.waiting("waiting until ready (now: " + first.seen + ")");
    HasMetadata ready = applier.waitUntilReady(o);
    return Readiness.evaluate(o, ready).seen;
  }

  /** Returns whether the object is ready, and what was seen or why not. */
  PartView view(HasMetadata o) {
    HasMetadata live = get(o);
    if (live == null) {
      return new PartView(false, "absent");
    }
    try {
      Readiness.Verdict v = Readiness.evaluate(o, live);
      return new PartView(v.ready, v.seen);
    } catch (ResourceNotReadyException e) {
      return new PartView(false, e.getMessage());
    }
  }

  /** Deletes an object and waits until it is gone; false when it did not exist. */
  boolean deleteAndWait(HasMetadata o, Progress.Waits waits) {
    if (!applier.delete(o)) {
      return false;
    }
    if (get(o) == null) {
      return true;
    }
    waits.waiting("waiting until deleted (up to " + deleteTimeout + ")");
    try {
      client
          .resource(Crds.fresh(o))
          .waitUntilCondition(Objects::isNull, deleteTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientException e) {
      throw new ClusterOperationException(
          Readiness.describe(o)
              + " still exists "
              + deleteTimeout
              + " after its delete (a finalizer may be waiting for its controller): "
              + e.getMessage(),
          e);
    }
    return true;
  }

  /**
   * Readiness as seen by a read.
   *
   * @param ready whether ready
   * @param detail what was seen, or why not ready
   */
  record PartView(boolean ready, String detail) {}
}
