package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import java.util.Map;

/**
 * A model-server Pod the Kubernetes API shows from the start, Running and Ready, for one simulated
 * model-server endpoint (the guide selects them with {@code app=<model-server-label>}).
 *
 * @param name the Pod name
 * @param namespace the namespace (created when absent)
 * @param labels the labels, for example {@code app=vllm-l4-gemma-3-1b-it}
 * @param podIp the address reported as {@code status.podIP}
 * @param containerPort the port of the {@code vllm} container
 */
public record ModelServerPod(
    String name, String namespace, Map<String, String> labels, String podIp, int containerPort) {

  /**
   * Validates and copies the fields.
   *
   * @param name the Pod name
   * @param namespace the namespace
   * @param labels the labels
   * @param podIp the Pod IP
   * @param containerPort the container port
   * @throws IllegalArgumentException naming the invalid field
   */
  public ModelServerPod {
    KubeRules.objectName(name, "name");
    KubeRules.namespace(namespace, "namespace");
    labels = Map.copyOf(KubeRules.labels(Checks.notNullArgument(labels, "labels"), "labels"));
    Checks.notBlank(podIp, "podIp");
    KubeRules.port(containerPort, "containerPort");
  }
}
