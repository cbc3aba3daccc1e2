package dev.llmgateway.emulator.internal.kube;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Builders of emulated clusters shaped like the guide's, for tests. */
final class TestClusters {

  static final String NAMESPACE = "ira-online-gpu";
  static final String LABEL = "vllm-l4-gemma-3-1b-it";
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private TestClusters() {}

  /** A cluster with two model-server Pods in the guide's namespace and a fixed clock. */
  static KubeApi.Builder guideCluster() {
    return guideCluster(Clock.fixed(START, ZoneOffset.UTC));
  }

  static KubeApi.Builder guideCluster(Clock clock) {
    return KubeApi.builder()
        .clock(clock)
        .frontDoorHost("127.0.0.1")
        .addModelServerPod(pod(0))
        .addModelServerPod(pod(1));
  }

  static ModelServerPod pod(int i) {
    return new ModelServerPod(
        LABEL + "-" + i, NAMESPACE, Map.of("app", LABEL), "127.0.0." + (10 + i), 8000);
  }
}
