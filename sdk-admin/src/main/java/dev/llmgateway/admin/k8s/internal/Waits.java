package dev.llmgateway.admin.k8s.internal;

import dev.llmgateway.admin.k8s.ClusterOperationException;
import dev.llmgateway.admin.k8s.ResourceNotReadyException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** Informer-based waits: Fabric8's {@code informOnCondition} evaluated by {@link Readiness}. */
public final class Waits {

  private Waits() {}

  /** Waits until {@code object} is ready; see {@link Readiness}. */
  @SuppressWarnings("unchecked")
  public static <T extends HasMetadata> T await(
      KubernetesClient client, T object, Duration timeout) {
    Class<T> type = (Class<T>) object.getClass();
    String name = object.getMetadata().getName();
    String namespace = object.getMetadata().getNamespace();
    if (namespace == null && object instanceof Namespaced) {
      namespace = client.getNamespace();
    }
    Resource<T> resource =
        object instanceof Namespaced
            ? client.resources(type).inNamespace(namespace).withName(name)
            : client.resources(type).withName(name);
    String described = Readiness.describe(object);
    AtomicReference<String> seen = new AtomicReference<>("nothing observed");
    CompletableFuture<List<T>> ready =
        resource.informOnCondition(
            list -> {
              Readiness.Verdict v = Readiness.evaluate(object, list.isEmpty() ? null : list.get(0));
              seen.set(v.seen);
              return v.ready;
            });
    try {
      return ready.get(timeout.toNanos(), TimeUnit.NANOSECONDS).get(0);
    } catch (TimeoutException e) {
      throw new ResourceNotReadyException(
          described,
          null,
          true,
          "timed out after "
              + timeout
              + " waiting for "
              + described
              + "; last seen: "
              + seen.get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ResourceNotReadyException failed) {
        throw failed;
      }
      throw new ClusterOperationException("wait for " + described + " failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClusterOperationException("interrupted waiting for " + described, e);
    } finally {
      // Completing or cancelling the future stops the informer.
      ready.cancel(true);
    }
  }
}
