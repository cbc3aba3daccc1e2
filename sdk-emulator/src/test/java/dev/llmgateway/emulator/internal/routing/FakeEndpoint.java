package dev.llmgateway.emulator.internal.routing;

import dev.llmgateway.emulator.internal.serving.EndpointState;
import java.util.Map;
import java.util.Set;

/** An endpoint whose load a test sets. */
final class FakeEndpoint implements EndpointState {
  private final String name;
  private final String namespace;
  private final Map<String, String> labels;
  private final Set<String> models;
  int waiting;
  double kv;

  FakeEndpoint(String name, String namespace, Map<String, String> labels, Set<String> models) {
    this.name = name;
    this.namespace = namespace;
    this.labels = labels;
    this.models = models;
  }

  static FakeEndpoint of(String name) {
    return new FakeEndpoint(name, "ns", Map.of("app", "pool"), Set.of("m"));
  }

  FakeEndpoint load(int waiting, double kv) {
    this.waiting = waiting;
    this.kv = kv;
    return this;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public Map<String, String> labels() {
    return labels;
  }

  @Override
  public String address() {
    return name + ":8000";
  }

  @Override
  public int waitingRequests() {
    return waiting;
  }

  @Override
  public double kvCacheUsage() {
    return kv;
  }

  @Override
  public boolean serves(String model) {
    return models.contains(model);
  }
}
