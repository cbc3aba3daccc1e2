package dev.llmgateway.emulator.internal.apigee;

import dev.llmgateway.emulator.internal.ClusterState;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A cluster state the test fills: applying or deleting objects runs the listeners. */
public final class FixedClusterState implements ClusterState {

  private final List<HasMetadata> objects = new CopyOnWriteArrayList<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

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

  /** Adds objects and runs the listeners. */
  public void apply(List<? extends HasMetadata> more) {
    objects.addAll(more);
    listeners.forEach(Runnable::run);
  }

  /** Removes the objects of a type and runs the listeners. */
  public void deleteAll(Class<? extends HasMetadata> type) {
    objects.removeIf(type::isInstance);
    listeners.forEach(Runnable::run);
  }
}
