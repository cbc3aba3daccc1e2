package dev.llmgateway.emulator.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * What has been applied to the emulator's Kubernetes API, as typed objects: the parts that act on
 * applied objects (routing, the Apigee runtime, the status controllers) read it here. Implemented
 * by the Kubernetes part; tests may use a fixed implementation. Implementations are thread-safe.
 */
public interface ClusterState {

  /**
   * Returns the objects of one kind, in all namespaces, converted to {@code type}: the sdk-admin
   * custom resources ({@code InferencePool}, {@code ApigeeBackendService}, ...), Fabric8's Gateway
   * API classes or core types. A snapshot: later changes do not show in the returned list.
   *
   * @param type the class of the kind
   * @param <T> the type
   * @return the objects, in creation order
   */
  <T extends HasMetadata> List<T> list(Class<T> type);

  /**
   * Registers a callback run after every change (create, apply, status update, delete), on an
   * emulator thread; it should read what it needs with {@link #list(Class)} and return quickly.
   *
   * @param onChange the callback
   */
  void addListener(Runnable onChange);
}
