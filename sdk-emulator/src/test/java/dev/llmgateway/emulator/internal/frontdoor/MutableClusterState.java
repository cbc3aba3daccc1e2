package dev.llmgateway.emulator.internal.frontdoor;

import dev.llmgateway.emulator.internal.ClusterState;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A cluster state a test sets, which tells its listeners of every change. */
final class MutableClusterState implements ClusterState {
  private volatile List<HasMetadata> objects;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  MutableClusterState(List<? extends HasMetadata> objects) {
    this.objects = List.copyOf(objects);
  }

  void set(List<? extends HasMetadata> objects) {
    this.objects = List.copyOf(objects);
    listeners.forEach(Runnable::run);
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
    listeners.add(onChange);
  }
}
