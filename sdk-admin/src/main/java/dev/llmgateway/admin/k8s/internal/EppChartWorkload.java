package dev.llmgateway.admin.k8s.internal;

import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.Map;

/**
 * The Endpoint Picker's Service and Deployment ({@code epp-service.yaml}, {@code
 * epp-deployment.yaml}).
 */
final class EppChartWorkload {
  private final EppChart chart;
  private final ChartNames names;

  EppChartWorkload(EppChart chart) {
    this.chart = chart;
    this.names = chart.names();
  }

  Service service() {
    return new ServiceBuilder()
        .withNewMetadata()
        .withName(names.epp())
        .withNamespace(chart.namespace())
        .withLabels(chart.labels())
        .endMetadata()
        .withNewSpec()
        .withSelector(Map.of("inferencepool", names.epp()))
        .addNewPort()
        .withName("grpc-ext-proc")
        .withProtocol("TCP")
        .withPort(9002)
        .endPort()
        .addNewPort()
        .withName("http-metrics")
        .withProtocol("TCP")
        .withPort(9090)
        .endPort()
        .withType("ClusterIP")
        .endSpec()
        .build();
  }

  Deployment deployment() {
    Map<String, String> selector = Map.of("inferencepool", names.epp());
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(names.epp())
        .withNamespace(chart.namespace())
        .withLabels(chart.labels())
        .endMetadata()
        .withNewSpec()
        .withReplicas(1)
        .withNewStrategy()
        .withType("Recreate")
        .endStrategy()
        .withNewSelector()
        .withMatchLabels(selector)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(selector)
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(names.epp())
        .withTerminationGracePeriodSeconds(130L)
        .addNewContainer()
        .withName("epp")
        .withImage(chart.image())
        .withImagePullPolicy("Always")
        .withArgs(
            "--pool-name",
            chart.release(),
            "--pool-namespace",
            chart.namespace(),
            "--pool-group",
            InferencePool.GROUP,
            "--zap-encoder",
            "json",
            "--config-file",
            "/config/default-plugins.yaml",
            "--v",
            "1")
        .addNewPort()
        .withName("grpc")
        .withContainerPort(9002)
        .endPort()
        .addNewPort()
        .withName("grpc-health")
        .withContainerPort(9003)
        .endPort()
        .addNewPort()
        .withName("metrics")
        .withContainerPort(9090)
        .endPort()
        .withNewLivenessProbe()
        .withNewGrpc()
        .withPort(9003)
        .withService("inference-extension")
        .endGrpc()
        .withInitialDelaySeconds(5)
        .withPeriodSeconds(10)
        .endLivenessProbe()
        .withNewReadinessProbe()
        .withNewGrpc()
        .withPort(9003)
        .withService("inference-extension")
        .endGrpc()
        .withPeriodSeconds(2)
        .endReadinessProbe()
        .addNewEnv()
        .withName("NAMESPACE")
        .withNewValueFrom()
        .withNewFieldRef()
        .withFieldPath("metadata.namespace")
        .endFieldRef()
        .endValueFrom()
        .endEnv()
        .addNewVolumeMount()
        .withName("plugins-config-volume")
        .withMountPath("/config")
        .endVolumeMount()
        .endContainer()
        .addNewVolume()
        .withName("plugins-config-volume")
        .withNewConfigMap()
        .withName(names.epp())
        .endConfigMap()
        .endVolume()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }
}
