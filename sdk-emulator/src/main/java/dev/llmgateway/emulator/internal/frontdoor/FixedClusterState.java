package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.emulator.internal.ClusterState;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ClusterState} that never changes: the objects the emulator starts with when no
 * Kubernetes API runs (the builder's models as pools and routes). Listeners are accepted and never
 * called. This class is thread-safe.
 */
public final class FixedClusterState implements ClusterState {
  private final List<HasMetadata> objects;

  /**
   * Creates the state.
   *
   * @param objects the objects, in creation order
   */
  public FixedClusterState(List<? extends HasMetadata> objects) {
    this.objects = List.copyOf(objects);
  }

  @Override
  public <T extends HasMetadata> List<T> list(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (HasMetadata o : objects) {
      if (type.isInstance(o)) {
        out.add(type.cast(o));
      }
    }
    return out;
  }

  @Override
  public void addListener(Runnable onChange) {
    // Nothing ever changes.
  }
}
