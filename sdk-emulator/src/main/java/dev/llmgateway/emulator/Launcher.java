package dev.llmgateway.emulator;

import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link GatewayEmulator.Builder#start()}: checks the settings, starts the parts, writes the
 * kubeconfig and applies the {@link ClusterSetup}; whatever started is closed again on failure.
 */
final class Launcher {
  private Launcher() {}

  static GatewayEmulator start(GatewayEmulator.Builder b) {
    Checks.range(b.port, 0, 65_535, "port");
    Checks.range(b.apigeePort, 0, 65_535, "apigeePort");
    Checks.range(b.kubePort, 0, 65_535, "kubePort");
    Checks.range(b.guideQuotaPerMinute, 1, Long.MAX_VALUE, "guideQuotaPerMinute");
    KubeRules.namespace(b.namespace, "namespace");
    if (b.clusterSetup == ClusterSetup.EMPTY && !b.objectives.isEmpty()) {
      throw new IllegalArgumentException(
          "inferenceObjectives are applied with ClusterSetup SERVING or GUIDE; with EMPTY apply"
              + " them yourself");
    }
    List<EmulatedModel> models = models(b.models);

    EmulatorRuntime runtime = EmulatorRuntime.start(b, models);
    Path file;
    try {
      file = b.kubeconfig != null ? b.kubeconfig : temporaryKubeconfig();
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
    GatewayEmulator emulator = new GatewayEmulator(runtime, models, file, b.kubeconfig == null);
    try {
      runtime.kube().writeKubeconfig(file);
      emulator.guideApiKey =
          StartingObjects.apply(
              b.clusterSetup,
              emulator.kubernetesClient(),
              emulator.apigeeClient(),
              models,
              b.namespace,
              b.objectives,
              b.guideQuotaPerMinute);
      return emulator;
    } catch (RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  /** The models to serve (the guide's when none was added), each pool and name used once. */
  private static List<EmulatedModel> models(List<EmulatedModel> added) {
    List<EmulatedModel> list = new ArrayList<>(added);
    if (list.isEmpty()) {
      list.add(
          EmulatedModel.builder()
              .name("/gcs/google/gemma-3-1b-it")
              .poolName(GuideResources.DEFAULT_MODEL_SERVER_LABEL)
              .build());
    }
    Set<String> pools = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      EmulatedModel m = list.get(i);
      if (!pools.add(m.poolName())) {
        throw new IllegalArgumentException(
            "models[" + i + "].poolName '" + m.poolName() + "' is used by another model");
      }
      List<String> served = new ArrayList<>(m.loraAdapters());
      served.add(m.name());
      for (String name : served) {
        if (!names.add(name)) {
          throw new IllegalArgumentException(
              "models[" + i + "] serves '" + name + "', which another model serves too");
        }
      }
    }
    return list;
  }

  private static Path temporaryKubeconfig() {
    try {
      return Files.createTempFile("llm-gateway-emulator-", ".kubeconfig");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary kubeconfig file", e);
    }
  }
}
